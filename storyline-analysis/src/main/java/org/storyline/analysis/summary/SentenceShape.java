package org.storyline.analysis.summary;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cheap surface tests on a sentence's text, without a parser: is it a complete sentence, a question, a
 * headline fragment, does it start with an unresolved pronoun, does it have a verb. Verb detection is a
 * heuristic (auxiliaries, common irregular past forms, a small lexicon of news verbs and the "-ed" suffix):
 * it exists to reject datelines, captions and headline fragments, not to parse. Immutable.
 */
public final class SentenceShape {

    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{M}'’]*|\\d+(?:[.,]\\d+)*");
    private static final String CLOSERS = "\"'”’»)]";

    private static final Set<String> AUXILIARIES = Set.of(
            "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "will", "would", "could", "can",
            "did", "does", "do", "may", "might", "must", "should", "shall", "said", "says", "told");

    private static final Set<String> IRREGULAR_PAST = Set.of(
            "fled",
            "began",
            "broke",
            "brought",
            "came",
            "fell",
            "fought",
            "gave",
            "got",
            "went",
            "held",
            "hit",
            "kept",
            "left",
            "led",
            "lost",
            "made",
            "met",
            "ran",
            "rose",
            "saw",
            "sent",
            "set",
            "shot",
            "spoke",
            "stood",
            "struck",
            "took",
            "won",
            "wrote",
            "hurt",
            "cut",
            "put",
            "paid",
            "sold",
            "built",
            "caught",
            "drew",
            "drove",
            "flew",
            "grew",
            "knew",
            "threw",
            "became",
            "overran",
            "withdrew",
            "blew",
            "bought",
            "chose",
            "felt",
            "found",
            "hid",
            "laid",
            "meant",
            "overtook",
            "quit",
            "sank",
            "shook",
            "spent",
            "spread",
            "stole",
            "swept",
            "swore",
            "thought",
            "understood",
            "woke",
            "bore",
            "forbade",
            "slew");

    /** Base forms of verbs common in news; their "-s"/"-es" forms count as verbs too. */
    private static final Set<String> NEWS_VERBS = Set.of(
            "flee",
            "kill",
            "claim",
            "call",
            "urge",
            "warn",
            "vow",
            "launch",
            "seize",
            "agree",
            "announce",
            "begin",
            "end",
            "take",
            "hit",
            "meet",
            "open",
            "sign",
            "win",
            "lose",
            "enter",
            "leave",
            "die",
            "fall",
            "rise",
            "attack",
            "bomb",
            "strike",
            "capture",
            "retake",
            "reach",
            "deny",
            "accuse",
            "confirm",
            "arrive",
            "resume",
            "halt",
            "collapse",
            "fail",
            "push",
            "return",
            "continue",
            "remain",
            "face",
            "need",
            "want",
            "become",
            "come",
            "go",
            "get",
            "give",
            "make",
            "hold",
            "keep",
            "lead",
            "bring",
            "send",
            "shoot",
            "fight",
            "spread",
            "start",
            "stop",
            "evacuate",
            "displace",
            "injure",
            "wound",
            "destroy",
            "damage",
            "surpass",
            "exceed",
            "estimate",
            "fear",
            "hope",
            "plan",
            "seek",
            "try",
            "ask",
            "reject",
            "accept",
            "approve",
            "pass",
            "vote",
            "elect",
            "resign",
            "flood",
            "burn",
            "close",
            "block",
            "allow",
            "cross",
            "move",
            "receive",
            "release",
            "threaten",
            "show",
            "believe",
            "expect");

    private static final Set<String> DANGLING_STARTS = Set.of(
            "he", "she", "they", "his", "her", "their", "him", "them", "we", "i", "but", "and", "however", "yet",
            "still", "also");

    private static final Pattern FUTURE =
            Pattern.compile("\\b(will|shall|is due to|are due to|is scheduled|are scheduled|plans? to|is expected to|"
                    + "are expected to|is set to|are set to|is to|are to)\\b");

    private final String text;
    private final List<String> words;

    private SentenceShape(String text) {
        this.text = text;
        this.words = words(text);
    }

    /** The shape of one sentence; its words are read once. */
    public static SentenceShape of(String sentence) {
        return new SentenceShape(sentence);
    }

    /** The words of {@code text}, lower case, in order. */
    public static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            out.add(m.group().toLowerCase(Locale.ROOT).replace('’', '\''));
        }
        return out;
    }

    /** The number of words. */
    public int wordCount() {
        return words.size();
    }

    /** True when the text ends with a full stop, "!" or "?" (closing quotes and brackets aside). */
    public boolean endsLikeSentence() {
        char last = lastSignificant(text);
        return last == '.' || last == '!' || last == '?' || last == '…';
    }

    /** True when the text ends with a question mark (closing quotes and brackets aside). */
    public boolean isQuestion() {
        return lastSignificant(text) == '?';
    }

    /** True when the first word is a pronoun or connective that needs the previous sentence ("He added"). */
    public boolean startsDangling() {
        return !words.isEmpty() && DANGLING_STARTS.contains(words.get(0));
    }

    /** True when some word looks like a finite verb (heuristic; see the class comment). */
    public boolean hasVerb() {
        for (String w : words) {
            if (isVerbLike(w)) {
                return true;
            }
        }
        return false;
    }

    /** True when the sentence speaks of the future ("will meet", "is due to", "plans to"). */
    public boolean speaksOfFuture() {
        return FUTURE.matcher(text.toLowerCase(Locale.ROOT)).find();
    }

    /**
     * True for a complete statement: ends like a sentence, is not a question, has at least {@code minWords}
     * words and a verb. Headline fragments, captions and datelines are not.
     */
    public boolean isStatement(int minWords) {
        return endsLikeSentence() && !isQuestion() && wordCount() >= minWords && hasVerb();
    }

    private static boolean isVerbLike(String w) {
        if (AUXILIARIES.contains(w) || IRREGULAR_PAST.contains(w) || NEWS_VERBS.contains(w)) {
            return true;
        }
        if (w.length() >= 5 && w.endsWith("ed") && Character.isLetter(w.charAt(0))) {
            return true;
        }
        return w.endsWith("es") && NEWS_VERBS.contains(w.substring(0, w.length() - 2))
                || w.endsWith("s") && NEWS_VERBS.contains(w.substring(0, w.length() - 1));
    }

    private static char lastSignificant(String text) {
        for (int i = text.length() - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && CLOSERS.indexOf(c) < 0) {
                return c;
            }
        }
        return ' ';
    }
}
