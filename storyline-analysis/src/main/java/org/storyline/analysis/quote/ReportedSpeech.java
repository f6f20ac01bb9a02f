package org.storyline.analysis.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.storyline.model.Sentence;
import org.storyline.model.Span;

/**
 * Reported speech without quotation marks, one sentence at a time: "X said (that) ...", "X told Y
 * (that) ...", "..., X said.", "..., said X.", "according to X, ...", "..., according to X.", "Y cited X
 * as saying ...". The content is the reported clause; cues inside quoted text or already used by a
 * direct quote are skipped.
 */
final class ReportedSpeech {
    /** Words between a cue and its clause that belong to neither: "said on Thursday that", "told reporters". */
    private static final Set<String> TIME_WORDS = Set.of(
            "on",
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
            "earlier",
            "later",
            "last",
            "this",
            "week",
            "month",
            "late",
            "early",
            "also",
            "again",
            "publicly",
            "privately",
            "repeatedly");

    private static final int THAT_REACH = 8;
    private static final int MIN_CONTENT_WORDS = 2;

    private ReportedSpeech() {}

    static List<Attribution> find(Article a, List<Span> usedCues) {
        List<Attribution> found = new ArrayList<>();
        for (Sentence s : a.sentences()) {
            List<Word> words = Word.of(a.text(), s.start(), s.end());
            int covered = -1;
            for (int c = 0; c < words.size(); c++) {
                Word w = words.get(c);
                if (w.start() < covered || a.inQuote(w.start()) || usedCues.contains(DirectQuotes.span(w))) {
                    continue;
                }
                Optional<Attribution> r = Optional.empty();
                if (w.is("according")
                        && c + 1 < words.size()
                        && words.get(c + 1).is("to")) {
                    r = accordingTo(a, words, c);
                } else if (w.text().equals("cited") || w.text().equals("quoted")) {
                    r = citedAsSaying(a, words, c);
                } else if (Cues.isReportingCue(words, c)) {
                    r = verb(a, words, c);
                }
                if (r.isPresent()
                        && DirectQuotes.wordCount(a, r.get().content()) >= MIN_CONTENT_WORDS
                        && !a.inQuote(r.get().content().start())) {
                    found.add(r.get());
                    covered = Math.max(
                            r.get().content().end(),
                            r.get().cue().map(Span::end).orElse(0));
                }
            }
        }
        return found;
    }

    private static Optional<Attribution> accordingTo(Article a, List<Word> words, int c) {
        int end = c + 2;
        while (end < words.size() && words.get(end).isWord()) {
            end++;
        }
        Optional<Speaker> speaker = SpeakerFinder.after(a, words, c + 1, end);
        Span cue = new Span(words.get(c).start(), words.get(c + 1).end());
        Optional<Span> content;
        if (leadsSentence(words, c)) {
            content = clause(words, end + 1, words.size());
        } else {
            content = clause(words, 0, lastComma(words, c));
        }
        return content.map(x -> new Attribution(x, Optional.of(cue), speaker, false, false));
    }

    private static Optional<Attribution> citedAsSaying(Article a, List<Word> words, int c) {
        for (int k = c + 1; k + 1 < words.size() && k < c + 10; k++) {
            if (words.get(k).is("as") && words.get(k + 1).is("saying")) {
                Optional<Speaker> speaker = SpeakerFinder.after(a, words, c, k);
                Span cue = new Span(words.get(c).start(), words.get(k + 1).end());
                Optional<Span> content = clause(words, skipThatAndTime(words, k + 2), words.size());
                if (content.isEmpty()) {
                    content = clause(words, 0, lastComma(words, c));
                }
                return content.map(x -> new Attribution(x, Optional.of(cue), speaker, false, false));
            }
        }
        return Optional.empty();
    }

    private static Optional<Attribution> verb(Article a, List<Word> words, int c) {
        Span cue = DirectQuotes.span(words.get(c));
        Optional<Speaker> speaker = SpeakerFinder.before(a, words, c, 0);
        boolean inverted = speaker.isEmpty() && c > 0 && words.get(c - 1).text().equals(",");
        if (inverted) {
            speaker = SpeakerFinder.after(a, words, c, words.size());
        }
        if (speaker.isEmpty()) {
            return Optional.empty();
        }
        int start = contentStart(words, c);
        Optional<Span> after = inverted ? Optional.empty() : clause(words, start, coordinatedCue(words, start));
        if (after.isPresent() && !startsWithQuote(words, start)) {
            return Optional.of(new Attribution(after.get(), Optional.of(cue), speaker, false, false));
        }
        // "..., a local doctor said." / "..., said X.": the clause is before the attribution
        int subjectStart =
                inverted ? c : firstWordAt(words, speaker.get().mention().start(), c);
        if (subjectStart > 0 && words.get(subjectStart - 1).text().equals(",") && restIsShort(words, start)) {
            Optional<Speaker> who = speaker;
            return clause(words, 0, subjectStart - 1).map(x -> new Attribution(x, Optional.of(cue), who, false, false));
        }
        return Optional.empty();
    }

    /** Where a clause from {@code from} ends at "(,) and/but" before another cue ("..., but said ..."), else the end. */
    private static int coordinatedCue(List<Word> words, int from) {
        for (int k = from + 1; k + 1 < words.size(); k++) {
            if ((words.get(k).is("and") || words.get(k).is("but")) && Cues.isReportingCue(words, k + 1)) {
                return words.get(k - 1).text().equals(",") ? k - 1 : k;
            }
        }
        return words.size();
    }

    private static int contentStart(List<Word> words, int c) {
        int k = c + 1;
        if (words.get(c).text().equals("told") || words.get(c).text().equals("tells")) {
            for (int t = k; t < Math.min(words.size(), k + THAT_REACH); t++) {
                if (words.get(t).is("that")) {
                    return t + 1;
                }
                if (!words.get(t).isWord()) {
                    break;
                }
            }
            k = skipObject(words, k);
        }
        return skipThatAndTime(words, k);
    }

    /** "told reporters", "told the Associated Press", "told Anadolu Agency": the hearer is not content. */
    private static int skipObject(List<Word> words, int k) {
        int j = k;
        if (j < words.size() && (words.get(j).is("the") || words.get(j).is("a"))) {
            j++;
        }
        if (j < words.size() && words.get(j).capitalized()) {
            while (j < words.size() && words.get(j).isWord() && words.get(j).capitalized()) {
                j++;
            }
            return j;
        }
        return Math.min(words.size(), j + 1);
    }

    private static int skipThatAndTime(List<Word> words, int from) {
        int k = from;
        for (int t = from; t < Math.min(words.size(), from + THAT_REACH); t++) {
            if (words.get(t).is("that")) {
                boolean onlyTime = true;
                for (int u = from; u < t; u++) {
                    onlyTime &= TIME_WORDS.contains(words.get(u).lower())
                            || !words.get(u).isWord();
                }
                if (onlyTime || t - from <= 4) {
                    return t + 1;
                }
            }
            if (!words.get(t).isWord() && !words.get(t).text().equals(",")) {
                break;
            }
        }
        while (k < words.size()
                && (TIME_WORDS.contains(words.get(k).lower())
                        || words.get(k).text().equals(","))) {
            k++;
        }
        return k;
    }

    private static boolean restIsShort(List<Word> words, int start) {
        int count = 0;
        for (int k = start; k < words.size(); k++) {
            if (words.get(k).isWord()) {
                count++;
            }
        }
        return count <= 6;
    }

    private static boolean startsWithQuote(List<Word> words, int k) {
        if (k >= words.size()) {
            return false;
        }
        String t = words.get(k).text();
        return t.equals("\"") || t.equals("“") || t.equals(":");
    }

    private static boolean leadsSentence(List<Word> words, int c) {
        for (int k = 0; k < c; k++) {
            if (words.get(k).isWord()
                    && !words.get(k).is("but")
                    && !words.get(k).is("and")) {
                return false;
            }
        }
        return true;
    }

    private static int lastComma(List<Word> words, int before) {
        for (int k = before - 1; k >= 0; k--) {
            if (words.get(k).text().equals(",")) {
                return k;
            }
        }
        return before;
    }

    private static int firstWordAt(List<Word> words, int offset, int fallback) {
        for (int k = 0; k < words.size(); k++) {
            if (words.get(k).start() >= offset) {
                return k;
            }
        }
        return fallback;
    }

    /** The words {@code [from, to)} as a content span, without edge punctuation; empty when no words. */
    private static Optional<Span> clause(List<Word> words, int from, int to) {
        int f = from;
        int t = Math.min(to, words.size());
        while (f < t && !words.get(f).isWord() && !isOpeningQuote(words.get(f))) {
            f++;
        }
        while (t > f && !words.get(t - 1).isWord() && !isClosingQuote(words.get(t - 1))) {
            t--;
        }
        if (t - f < MIN_CONTENT_WORDS) {
            return Optional.empty();
        }
        return Optional.of(new Span(words.get(f).start(), words.get(t - 1).end()));
    }

    private static boolean isOpeningQuote(Word w) {
        return w.text().equals("\"") || w.text().equals("“");
    }

    private static boolean isClosingQuote(Word w) {
        return w.text().equals("\"") || w.text().equals("”");
    }
}
