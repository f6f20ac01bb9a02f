package org.storyline.analysis.quote;

import java.util.List;
import java.util.Set;

/**
 * Attribution verbs. Every form is lower case: a capitalized "Says" or "States" is a title or a name,
 * not a cue.
 */
final class Cues {
    /**
     * Verbs of thought, wish, judgement and finding: news attributes beliefs and stances as it attributes
     * speech ("X believes ...", "X wants to ...", "X accused Y of ...", "the poll showed ..."). "Calls" and
     * "shows" are left out: in news they are mostly nouns ("fresh calls by Russia for ...", "TV shows").
     */
    private static final Set<String> STANCE = Set.of(
            "think",
            "thought",
            "believe",
            "know",
            "knows",
            "hope",
            "hopes",
            "hoped",
            "expects",
            "feel",
            "feels",
            "felt",
            "fear",
            "fears",
            "feared",
            "want",
            "wants",
            "wanted",
            "accused",
            "accuses",
            "criticized",
            "criticised",
            "endorsed",
            "praised",
            "defended",
            "blasted",
            "slammed",
            "called",
            "described",
            "agreed",
            "disagreed",
            "proposed",
            "recommended",
            "found",
            "showed");
    /** Verbs that introduce a direct quote or a reported clause. */
    private static final Set<String> SPEECH = Set.of(
            "said",
            "says",
            "say",
            "saying",
            "told",
            "tells",
            "added",
            "adds",
            "warned",
            "warns",
            "urged",
            "urges",
            "wrote",
            "writes",
            "tweeted",
            "tweets",
            "asked",
            "asks",
            "stated",
            "insisted",
            "insists",
            "explained",
            "explains",
            "noted",
            "notes",
            "declared",
            "declares",
            "claimed",
            "claims",
            "argued",
            "argues",
            "announced",
            "announces",
            "confirmed",
            "confirms",
            "denied",
            "denies",
            "replied",
            "replies",
            "responded",
            "recalled",
            "recalls",
            "stressed",
            "stresses",
            "emphasized",
            "emphasised",
            "suggested",
            "suggests",
            "acknowledged",
            "acknowledges",
            "admitted",
            "admits",
            "predicted",
            "cautioned",
            "observed",
            "remarked",
            "quipped",
            "exclaimed",
            "shouted",
            "posted",
            "continued",
            "concluded",
            "maintained",
            "contended",
            "cautions",
            "reported",
            "reports",
            "believes",
            "believed",
            "thinks",
            "estimated",
            "pledged",
            "vowed",
            "promised",
            "demanded",
            "conceded",
            "countered",
            "alleged",
            "alleges",
            "testified",
            "wondered",
            "complained",
            "boasted",
            "charged",
            "revealed",
            "signaled",
            "signalled",
            "indicated");
    /** Cues after which a reported clause follows directly or after "that". */
    private static final Set<String> REPORTING = Set.of(
            "said",
            "says",
            "say",
            "told",
            "tells",
            "added",
            "adds",
            "warned",
            "warns",
            "noted",
            "notes",
            "stated",
            "insisted",
            "insists",
            "explained",
            "declared",
            "claimed",
            "claims",
            "argued",
            "argues",
            "announced",
            "confirmed",
            "denied",
            "acknowledged",
            "admitted",
            "predicted",
            "stressed",
            "emphasized",
            "emphasised",
            "suggested",
            "believes",
            "believed",
            "thinks",
            "reported",
            "wrote",
            "writes",
            "tweeted",
            "cautioned",
            "maintained",
            "contended",
            "vowed",
            "pledged",
            "promised",
            "alleged",
            "conceded",
            "countered",
            "revealed",
            "signaled",
            "signalled",
            "indicated",
            "urged",
            "estimated",
            "testified",
            "complained",
            "asked",
            "asks");

    /** Words after which a participle is an adjective ("a reported airstrike", "an estimated 300"). */
    private static final Set<String> DETERMINERS = Set.of(
            "a", "an", "the", "this", "that", "these", "those", "its", "his", "her", "their", "our", "my", "your",
            "another", "any", "some", "each", "every", "no");

    private Cues() {}

    /**
     * True when the word at {@code c} introduces reported speech: a reporting verb not used as an
     * adjective after a determiner ("a reported Russian airstrike killed ..." reports nothing).
     */
    static boolean isReportingCue(List<Word> words, int c) {
        return isReportingVerb(words.get(c)) && !afterDeterminer(words, c);
    }

    /** True when a speech verb at {@code c} is used as an adjective after a determiner. */
    static boolean afterDeterminer(List<Word> words, int c) {
        return c > 0 && DETERMINERS.contains(words.get(c - 1).lower());
    }

    static boolean isSpeechVerb(Word w) {
        return SPEECH.contains(w.text()) || STANCE.contains(w.text());
    }

    static boolean isReportingVerb(Word w) {
        return REPORTING.contains(w.text()) || STANCE.contains(w.text());
    }
}
