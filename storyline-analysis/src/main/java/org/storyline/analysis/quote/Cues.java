package org.storyline.analysis.quote;

import java.util.Set;

/**
 * Attribution verbs. Every form is lower case: a capitalized "Says" or "States" is a title or a name,
 * not a cue.
 */
final class Cues {
    /** Verbs that introduce a direct quote or a reported clause. */
    private static final Set<String> SPEECH = Set.of(
            "said", "says", "say", "saying", "told", "tells", "added", "adds", "warned", "warns", "urged", "urges",
            "wrote", "writes", "tweeted", "tweets", "asked", "asks", "stated", "insisted", "insists", "explained",
            "explains", "noted", "notes", "declared", "declares", "claimed", "claims", "argued", "argues",
            "announced", "announces", "confirmed", "confirms", "denied", "denies", "replied", "replies",
            "responded", "recalled", "recalls", "stressed", "stresses", "emphasized", "emphasised", "suggested",
            "suggests", "acknowledged", "acknowledges", "admitted", "admits", "predicted", "cautioned", "observed",
            "remarked", "quipped", "exclaimed", "shouted", "posted", "continued", "concluded", "maintained",
            "contended", "cautions", "reported", "reports", "believes", "believed", "thinks", "estimated",
            "pledged", "vowed", "promised", "demanded", "conceded", "countered", "alleged", "alleges", "testified",
            "wondered", "complained", "boasted", "charged", "revealed", "signaled", "signalled", "indicated");
    /** Cues after which a reported clause follows directly or after "that". */
    private static final Set<String> REPORTING = Set.of(
            "said", "says", "told", "tells", "added", "adds", "warned", "warns", "noted", "notes", "stated",
            "insisted", "insists", "explained", "declared", "claimed", "claims", "argued", "argues", "announced",
            "confirmed", "denied", "acknowledged", "admitted", "predicted", "stressed", "emphasized", "emphasised",
            "suggested", "believes", "believed", "thinks", "reported", "wrote", "writes", "tweeted", "cautioned",
            "maintained", "contended", "vowed", "pledged", "promised", "alleged", "conceded", "countered",
            "revealed", "signaled", "signalled", "indicated", "urged", "estimated", "testified", "complained");

    private Cues() {}

    static boolean isSpeechVerb(Word w) {
        return SPEECH.contains(w.text());
    }

    static boolean isReportingVerb(Word w) {
        return REPORTING.contains(w.text());
    }
}
