package org.storyline.analysis.quote;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.storyline.model.EntityMention;
import org.storyline.model.EntityType;
import org.storyline.model.Span;

/**
 * Finds the speaker of a cue in a list of words: the subject written before it ("State Department
 * spokesman Mark Toner said", "Baybars Meshaal, a civil defense official, told") or the phrase after it
 * ("said a local doctor", "tweeted Adib Shishakly, a member of ...").
 */
final class SpeakerFinder {
    static final Set<String> PRONOUNS = Set.of("he", "she", "they", "it", "we", "i");
    /** Words between a subject and its cue: "he also said", "Kerry has repeatedly warned". */
    private static final Set<String> BETWEEN = Set.of(
            "also",
            "later",
            "then",
            "previously",
            "reportedly",
            "has",
            "have",
            "had",
            "was",
            "is",
            "would",
            "will",
            "once",
            "again",
            "further",
            "recently",
            "earlier",
            "separately",
            "repeatedly",
            "publicly",
            "privately",
            "initially",
            "subsequently",
            "already",
            "quickly",
            "simply",
            "only",
            "just",
            "himself",
            "herself",
            "themselves",
            "often",
            "frequently",
            "since",
            "last",
            "week",
            "flatly",
            "angrily");
    /** Words that end a noun phrase when walking backwards from a cue. */
    private static final Set<String> BREAKS = Set.of(
            "that",
            "which",
            "who",
            "whom",
            "and",
            "but",
            "or",
            "when",
            "while",
            "because",
            "as",
            "if",
            "after",
            "before",
            "than",
            "so",
            "then",
            "is",
            "was",
            "are",
            "were",
            "has",
            "have",
            "had",
            "be",
            "been",
            "to",
            "not",
            "where",
            "although",
            "though",
            "since",
            "until",
            "what",
            "how",
            "why",
            "said",
            "says",
            "told",
            "this",
            "these",
            "those",
            "there",
            "also");

    private static final int MAX_PHRASE = 7;

    private SpeakerFinder() {}

    /** The subject of the cue at {@code cue}, not looking before word {@code floor}. */
    static Optional<Speaker> before(Article a, List<Word> words, int cue, int floor) {
        int j = skipParenthesis(words, cue - 1, floor);
        while (j >= floor
                && words.get(j).isWord()
                && BETWEEN.contains(words.get(j).lower())
                && !PRONOUNS.contains(words.get(j).lower())) {
            j--;
        }
        if (j < floor) {
            return Optional.empty();
        }
        if (words.get(j).text().equals(",")) {
            return apposition(a, words, j, floor);
        }
        if (words.get(j).is("and") || words.get(j).is("but")) {
            return coordinated(a, words, j, floor);
        }
        return endingAt(a, words, j, floor);
    }

    /** "Elizabeth Warren (D-MA) said": the index before a parenthesis ending at {@code j}, else {@code j}. */
    private static int skipParenthesis(List<Word> words, int j, int floor) {
        if (j < floor || !words.get(j).text().equals(")")) {
            return j;
        }
        for (int k = j - 1; k >= floor && j - k <= 8; k--) {
            if (words.get(k).text().equals("(")) {
                return k - 1;
            }
        }
        return j;
    }

    /**
     * "X admitted that ..., but said ...", "X praised Y and said ...": a cue coordinated with an earlier verb
     * shares its subject, the speaker of an earlier cue in the clause or else its first person or pronoun.
     */
    private static Optional<Speaker> coordinated(Article a, List<Word> words, int conjunction, int floor) {
        for (int k = conjunction - 1; k > floor; k--) {
            if (Cues.isSpeechVerb(words.get(k)) && !Cues.afterDeterminer(words, k)) {
                Optional<Speaker> earlier = before(a, words, k, floor);
                if (earlier.isPresent()) {
                    return earlier;
                }
            }
        }
        for (int k = floor; k < conjunction; k++) {
            Word w = words.get(k);
            if (PRONOUNS.contains(w.lower()) && !w.is("it")) {
                return Optional.of(new Speaker(new Span(w.start(), w.end()), Speaker.Kind.PRONOUN, Optional.empty()));
            }
            Optional<EntityMention> e = a.entityCovering(w.start(), w.end());
            if (e.isPresent() && e.get().type() == EntityType.PERSON) {
                return Optional.of(new Speaker(e.get().span(), Speaker.Kind.NAME, e));
            }
        }
        return Optional.empty();
    }

    /** "X, a member of ..., said": the name before the apposition, or a name inside it. */
    private static Optional<Speaker> apposition(Article a, List<Word> words, int comma, int floor) {
        int k = comma - 1;
        while (k >= floor && words.get(k).isWord()) {
            k--;
        }
        if (k < floor || !words.get(k).text().equals(",")) {
            return endingAt(a, words, comma - 1, floor);
        }
        Optional<Speaker> head = endingAt(a, words, k - 1, floor);
        if (head.isPresent() && head.get().kind() != Speaker.Kind.PHRASE) {
            return head;
        }
        Optional<Speaker> inner = firstPersonIn(a, words, k + 1, comma);
        return inner.isPresent() ? inner : head;
    }

    private static Optional<Speaker> firstPersonIn(Article a, List<Word> words, int from, int to) {
        for (int i = from; i < to; i++) {
            Optional<EntityMention> e =
                    a.entityCovering(words.get(i).start(), words.get(i).end());
            if (e.isPresent() && e.get().type() == EntityType.PERSON) {
                return Optional.of(new Speaker(e.get().span(), Speaker.Kind.NAME, e));
            }
        }
        return Optional.empty();
    }

    /** The noun phrase whose last word is {@code j}, passing over a time adverbial ("X on Thursday said"). */
    static Optional<Speaker> endingAt(Article a, List<Word> words, int j, int floor) {
        if (j < floor || j >= words.size() || !words.get(j).isWord()) {
            return Optional.empty();
        }
        int beforeTime = skipTimeAdverbial(words, j, floor);
        if (beforeTime != j) {
            return endingAt(a, words, beforeTime, floor);
        }
        Word last = words.get(j);
        Optional<EntityMention> e = a.entityCovering(last.start(), last.end());
        if (e.isPresent() && e.get().type() != EntityType.MISC) {
            return Optional.of(new Speaker(e.get().span(), Speaker.Kind.NAME, e));
        }
        if (PRONOUNS.contains(last.lower()) || last.is("who")) {
            return Optional.of(new Speaker(new Span(last.start(), last.end()), Speaker.Kind.PRONOUN, Optional.empty()));
        }
        if (BREAKS.contains(last.lower())) {
            return Optional.empty();
        }
        int k = j;
        while (k - 1 >= floor
                && j - k + 1 < MAX_PHRASE
                && words.get(k - 1).isWord()
                && !BREAKS.contains(words.get(k - 1).lower())
                && !PRONOUNS.contains(words.get(k - 1).lower())) {
            k--;
        }
        Span span = new Span(words.get(k).start(), last.end());
        // capitalized words the entity tagger missed still read as a name ("Konashenkov said")
        Speaker.Kind kind = last.capitalized() ? Speaker.Kind.NAME : Speaker.Kind.PHRASE;
        return Optional.of(new Speaker(span, kind, Optional.empty()));
    }

    /** Day and time words that sit between a subject and its verb ("Russia on Thursday proposed"). */
    private static final Set<String> TIME_WORDS = Set.of(
            "monday",
            "tuesday",
            "wednesday",
            "thursday",
            "friday",
            "saturday",
            "sunday",
            "today",
            "yesterday",
            "tonight",
            "morning",
            "afternoon",
            "evening",
            "night",
            "week",
            "weekend",
            "month",
            "year",
            "earlier",
            "later",
            "again",
            "also",
            "now");
    /** Words that open a time adverbial: "on Thursday", "late Wednesday", "last week", "this morning". */
    private static final Set<String> TIME_OPENERS = Set.of("on", "late", "early", "last", "this", "next", "that");

    /** The index before a time adverbial ending at {@code j}, or {@code j} when there is none. */
    private static int skipTimeAdverbial(List<Word> words, int j, int floor) {
        if (!TIME_WORDS.contains(words.get(j).lower())) {
            return j;
        }
        int k = j - 1;
        while (k >= floor
                && (TIME_WORDS.contains(words.get(k).lower())
                        || TIME_OPENERS.contains(words.get(k).lower()))) {
            k--;
        }
        return k >= floor && words.get(k).isWord() ? k : j;
    }

    /** The speaker named after the cue at {@code cue}: "said X", "tweeted X, a ...". */
    static Optional<Speaker> after(Article a, List<Word> words, int cue, int limit) {
        int from = cue + 1;
        if (from < limit && words.get(from).is("by")) {
            from++;
        }
        if (from >= limit || !words.get(from).isWord()) {
            return Optional.empty();
        }
        Word first = words.get(from);
        if (first.is("that") || first.is("to")) {
            return Optional.empty();
        }
        if (PRONOUNS.contains(first.lower())) {
            return Optional.of(
                    new Speaker(new Span(first.start(), first.end()), Speaker.Kind.PRONOUN, Optional.empty()));
        }
        int end = from;
        while (end < limit
                && end - from < 10
                && words.get(end).isWord()
                && !words.get(end).is("that")) {
            end++;
        }
        for (int i = from; i < end; i++) {
            Optional<EntityMention> e =
                    a.entityCovering(words.get(i).start(), words.get(i).end());
            if (e.isPresent() && (e.get().type() == EntityType.PERSON || e.get().type() == EntityType.ORGANIZATION)) {
                return Optional.of(new Speaker(e.get().span(), Speaker.Kind.NAME, e));
            }
        }
        Optional<EntityMention> any = a.entityCovering(first.start(), first.end());
        if (any.isPresent()) {
            return Optional.of(new Speaker(any.get().span(), Speaker.Kind.NAME, any));
        }
        int phraseEnd = Math.min(end, from + MAX_PHRASE);
        Span span = new Span(first.start(), words.get(phraseEnd - 1).end());
        return Optional.of(new Speaker(
                span,
                first.capitalized() && !first.is("the") && !first.is("a") ? Speaker.Kind.NAME : Speaker.Kind.PHRASE,
                Optional.empty()));
    }
}
