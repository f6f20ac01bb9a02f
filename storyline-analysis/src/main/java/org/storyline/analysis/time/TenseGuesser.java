package org.storyline.analysis.time;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.storyline.model.Span;

/**
 * Guesses whether an expression refers forward or back in time from the nearest tense clue in its
 * clause (between commas), else in its sentence: "will", "'ll", "next", "scheduled", "plans to"... mean {@link Tense#FUTURE}; "said",
 * "was", "ago", irregular past forms and lower-case "-ed" words mean {@link Tense#PAST}. The clue
 * closest to the expression (in characters) wins, a tie goes to the past, and no clue at all gives
 * {@link Tense#UNKNOWN}. A participle after "be" is no clue ("will be held"). Deliberately simple: news is mostly past tense, and the clue next to a date is
 * usually its verb ("said on Monday that talks will resume on Friday"). "Would" is no clue: in news it is
 * mostly the future-in-the-past of reported speech ("he added that Kerry would meet Lavrov on Friday", said
 * on a Saturday of a meeting the day before), so the reporting verb decides.
 */
final class TenseGuesser {

    private static final Pattern WORD = Pattern.compile("[A-Za-z]+(?:'[a-z]+)?");

    private static final Set<String> FUTURE = Set.of(
            "will",
            "won't",
            "shall",
            "next",
            "upcoming",
            "scheduled",
            "plans",
            "planned",
            "plan",
            "going",
            "expected",
            "due",
            "set",
            "tomorrow",
            "intends",
            "aims",
            "hopes",
            "forthcoming",
            "coming",
            "payable",
            "expect",
            "expects",
            "effective",
            "until");

    private static final Set<String> PAST = Set.of(
            "said",
            "was",
            "were",
            "had",
            "did",
            "told",
            "ago",
            "last",
            "yesterday",
            "went",
            "came",
            "met",
            "left",
            "fled",
            "took",
            "gave",
            "made",
            "began",
            "saw",
            "fell",
            "held",
            "struck",
            "won",
            "lost",
            "ran",
            "sent",
            "spoke",
            "wrote",
            "found",
            "became",
            "brought",
            "fought",
            "led",
            "kept",
            "paid",
            "broke",
            "hit",
            "shot",
            "flew",
            "drove",
            "rose",
            "stood",
            "sat",
            "knew",
            "thought",
            "felt",
            "heard",
            "built",
            "caught",
            "sold",
            "earlier",
            "previously",
            "wasn't",
            "weren't",
            "didn't",
            "hadn't");

    /** Words ending in "-ed" that are not past forms. */
    private static final Set<String> NOT_PAST = Set.of(
            "need", "speed", "indeed", "seed", "feed", "bed", "red", "shed", "breed", "deed", "greed", "hundred",
            "proceed", "exceed", "succeed");

    private TenseGuesser() {}

    static Tense guess(String text, Span span) {
        int from = sentenceStart(text, span.start());
        int to = sentenceEnd(text, span.end());
        // the clause between commas first: in "will begin on April 7, the agency said" the verb is "will begin"
        Tense inClause =
                nearestClue(text, span, clauseStart(text, from, span.start()), clauseEnd(text, span.end(), to));
        return inClause != Tense.UNKNOWN ? inClause : nearestClue(text, span, from, to);
    }

    private static int clauseStart(String text, int from, int offset) {
        int comma = text.lastIndexOf(',', offset - 1);
        return comma >= from ? comma + 1 : from;
    }

    private static int clauseEnd(String text, int offset, int to) {
        int comma = text.indexOf(',', offset);
        return comma >= 0 && comma < to ? comma : to;
    }

    private static Tense nearestClue(String text, Span span, int from, int to) {
        Matcher words = WORD.matcher(text).region(from, to);
        int bestDistance = Integer.MAX_VALUE;
        Tense best = Tense.UNKNOWN;
        String previous = "";
        while (words.find()) {
            String word = words.group();
            String before = previous;
            previous = word.toLowerCase(Locale.ROOT);
            if (words.start() >= span.start() && words.end() <= span.end()) {
                continue;
            }
            Tense clue = clue(word);
            // "will be held", "to be signed": a participle after "be" carries no tense of its own
            if (clue == Tense.PAST && before.equals("be")) {
                continue;
            }
            if (clue == Tense.UNKNOWN) {
                continue;
            }
            int distance = words.end() <= span.start() ? span.start() - words.end() : words.start() - span.end();
            if (distance < bestDistance || (distance == bestDistance && clue == Tense.PAST)) {
                bestDistance = distance;
                best = clue;
            }
        }
        return best;
    }

    private static Tense clue(String word) {
        if (word.endsWith("'ll")) {
            return Tense.FUTURE;
        }
        String lower = word.toLowerCase(Locale.ROOT);
        if (FUTURE.contains(lower)) {
            return Tense.FUTURE;
        }
        if (PAST.contains(lower)) {
            return Tense.PAST;
        }
        boolean lowerCaseWord = Character.isLowerCase(word.charAt(0));
        if (lowerCaseWord && lower.length() >= 5 && lower.endsWith("ed") && !NOT_PAST.contains(lower)) {
            return Tense.PAST;
        }
        return Tense.UNKNOWN;
    }

    private static int sentenceStart(String text, int offset) {
        int i = offset;
        while (i > 0) {
            char c = text.charAt(i - 1);
            if (c == '\n' || ((c == '.' || c == '!' || c == '?') && i < text.length() && text.charAt(i) == ' ')) {
                break;
            }
            i--;
        }
        return i;
    }

    private static int sentenceEnd(String text, int offset) {
        int i = offset;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\n'
                    || ((c == '.' || c == '!' || c == '?') && (i + 1 == text.length() || text.charAt(i + 1) == ' '))) {
                break;
            }
            i++;
        }
        return i;
    }
}
