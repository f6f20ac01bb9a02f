package org.storyline.analysis.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.storyline.model.EntityType;
import org.storyline.model.Sentence;
import org.storyline.model.Span;

/**
 * Attributes quoted text: the cue and speaker after the closing mark ("...," X said / said X / X told
 * reporters), or before the opening mark (X said: "..." / Kerry urged Russia to show "a little grace").
 * A quote with no attribution inherits the speaker of the quote just before it; one of three words or
 * fewer with no attribution is a scare quote or a title and is dropped.
 */
final class DirectQuotes {
    /** How many words may sit between a cue and the quote it introduces ("said it would welcome any effort to"). */
    private static final int MAX_GAP_BEFORE = 8;
    /** How far after a closing mark a cue is looked for ("X, a ... official based in the city, told"). */
    private static final int MAX_WORDS_AFTER = 25;

    private static final int SCARE_QUOTE_WORDS = 3;

    private DirectQuotes() {}

    static List<Attribution> find(Article a) {
        List<Attribution> found = new ArrayList<>();
        List<QuotedText> quoted = a.quoted();
        for (int qi = 0; qi < quoted.size(); qi++) {
            QuotedText q = quoted.get(qi);
            int nextOpen = qi + 1 < quoted.size()
                    ? quoted.get(qi + 1).open()
                    : a.text().length();
            int previousClose = qi > 0 ? quoted.get(qi - 1).close() : 0;
            boolean trailingComma = endsWithComma(a.text(), q);
            Optional<Attribution> after = q.closed() ? after(a, q, nextOpen, trailingComma) : Optional.empty();
            Optional<Attribution> before = before(a, q, previousClose);
            Optional<Attribution> chosen = trailingComma ? after.or(() -> before) : before.or(() -> after);
            if (chosen.isPresent()) {
                found.add(chosen.get());
            } else if (wordCount(a, q.content()) > SCARE_QUOTE_WORDS) {
                found.add(new Attribution(q.content(), Optional.empty(), Optional.empty(), true, true));
            }
        }
        return found;
    }

    private static boolean endsWithComma(String text, QuotedText q) {
        for (int i = q.close() - 2; i >= q.content().end(); i--) {
            if (text.charAt(i) == ',') {
                return true;
            }
        }
        int j = q.close();
        while (j < text.length() && text.charAt(j) == ' ') {
            j++;
        }
        return j < text.length() && text.charAt(j) == ',';
    }

    private static Optional<Attribution> after(Article a, QuotedText q, int nextOpen, boolean trailingComma) {
        int limit = Math.min(nextOpen, lineEnd(a.text(), q.close()));
        List<Word> words = Word.of(a.text(), q.close(), limit);
        int first = !words.isEmpty() && words.get(0).text().equals(",") ? 1 : 0;
        int reach = trailingComma ? MAX_WORDS_AFTER : 6;
        for (int c = first; c < Math.min(words.size(), first + reach); c++) {
            Word w = words.get(c);
            if (isTerminal(w)) {
                break;
            }
            if (!Cues.isSpeechVerb(w) || Cues.afterDeterminer(words, c)) {
                continue;
            }
            if (c != first && opensClause(words, c + 1)) {
                break; // "..., he says there is ...": the cue has a clause of its own
            }
            int end = terminalIndex(words, c);
            // "...," X said / "...," said X / "..." for the EU, said X
            boolean inverted = c == first || words.get(c - 1).text().equals(",") && !namesSomeone(a, words, first, c);
            Optional<Speaker> speaker =
                    inverted ? SpeakerFinder.after(a, words, c, end) : SpeakerFinder.before(a, words, c, first);
            if (speaker.isEmpty() && c != first) {
                continue;
            }
            return Optional.of(new Attribution(q.content(), Optional.of(span(w)), speaker, true, false));
        }
        return Optional.empty();
    }

    /** True when a person or a pronoun is written among the words {@code [from, to)}. */
    private static boolean namesSomeone(Article a, List<Word> words, int from, int to) {
        for (int k = from; k < to; k++) {
            Word w = words.get(k);
            if (SpeakerFinder.PRONOUNS.contains(w.lower())
                    || a.entityCovering(w.start(), w.end())
                            .filter(e -> e.type() == EntityType.PERSON)
                            .isPresent()) {
                return true;
            }
        }
        return false;
    }

    /** True when the word at {@code k} starts a reported clause: "that", a subject pronoun, "there". */
    private static boolean opensClause(List<Word> words, int k) {
        if (k >= words.size()) {
            return false;
        }
        Word w = words.get(k);
        return w.is("that") || w.is("there") || SpeakerFinder.PRONOUNS.contains(w.lower()) || w.is("you");
    }

    private static Optional<Attribution> before(Article a, QuotedText q, int previousClose) {
        int floor = Math.max(previousClose, sentenceStart(a, q.open()));
        floor = Math.max(floor, lineStart(a.text(), q.open()));
        List<Word> words = Word.of(a.text(), floor, q.open());
        for (int c = words.size() - 1; c >= 0 && words.size() - 1 - c <= MAX_GAP_BEFORE; c--) {
            Word w = words.get(c);
            if (isTerminal(w)) {
                break;
            }
            if (w.is("according") && c + 1 < words.size() && words.get(c + 1).is("to")) {
                Optional<Speaker> speaker = SpeakerFinder.after(a, words, c + 1, words.size());
                Span cue = new Span(w.start(), words.get(c + 1).end());
                return Optional.of(new Attribution(q.content(), Optional.of(cue), speaker, true, false));
            }
            if (Cues.isSpeechVerb(w) && !Cues.afterDeterminer(words, c)) {
                Optional<Speaker> speaker = SpeakerFinder.before(a, words, c, 0);
                if (speaker.isEmpty()
                        && c + 1 < words.size()
                        && !words.get(c + 1).text().equals(":")) {
                    speaker = SpeakerFinder.after(a, words, c, words.size());
                }
                return Optional.of(new Attribution(q.content(), Optional.of(span(w)), speaker, true, false));
            }
        }
        return Optional.empty();
    }

    private static int sentenceStart(Article a, int offset) {
        int i = a.sentenceAt(offset);
        if (i < 0) {
            return 0;
        }
        Sentence s = a.sentences().get(i);
        return s.start() <= offset ? s.start() : 0;
    }

    static int lineStart(String text, int offset) {
        int nl = text.lastIndexOf('\n', Math.max(0, offset - 1));
        return nl < 0 ? 0 : nl + 1;
    }

    static int lineEnd(String text, int offset) {
        int nl = text.indexOf('\n', offset);
        return nl < 0 ? text.length() : nl;
    }

    private static boolean isTerminal(Word w) {
        String t = w.text();
        return t.equals(".")
                || t.equals("!")
                || t.equals("?")
                || t.equals(";")
                || t.equals("\"")
                || t.equals("“")
                || t.equals("”");
    }

    private static int terminalIndex(List<Word> words, int from) {
        for (int i = from; i < words.size(); i++) {
            if (isTerminal(words.get(i))) {
                return i;
            }
        }
        return words.size();
    }

    static Span span(Word w) {
        return new Span(w.start(), w.end());
    }

    static int wordCount(Article a, Span s) {
        return (int) Word.of(a.text(), s.start(), s.end()).stream()
                .filter(Word::isWord)
                .count();
    }
}
