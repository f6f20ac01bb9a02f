package org.storyline.analysis.alias;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the role a text states for a person right where it names them: as a premodifier ("State Department
 * spokesman Mark Toner", "UN envoy for Syria Staffan de Mistura") or as an apposition ("Omar Haddad, a
 * pro-opposition civil defense official based in the city, said").
 *
 * <p>A role must contain a word of {@link #ROLE_WORDS}; the phrase ends at the last such word, unless a
 * "for"/"of" complement of capitalised words follows it ("envoy for Syria"); in an apposition, up to {@value
 * #MAX_COMPLEMENT_MODIFIERS} lower-case words other than function words may come before those ("member of the
 * opposition Velmar Council", but not "member of the club in Velmar"). Premodifiers are runs of capitalised
 * words, role words and {@link #MODIFIERS} directly before the name; appositions are the first words after
 * ", (a|an|the)" up to a role word, the role word within the first {@value #MAX_WORDS} words.
 */
final class RoleFinder {

    /** Nouns that name a role; matched in lower case. */
    static final Set<String> ROLE_WORDS = Set.of(
            "spokesman",
            "spokeswoman",
            "spokesperson",
            "minister",
            "secretary",
            "envoy",
            "president",
            "premier",
            "official",
            "journalist",
            "member",
            "general",
            "commander",
            "chief",
            "director",
            "ambassador",
            "leader",
            "mayor",
            "governor",
            "chairman",
            "chairwoman",
            "head",
            "senator",
            "lawmaker",
            "mediator",
            "negotiator",
            "coordinator",
            "correspondent",
            "reporter",
            "editor",
            "analyst",
            "activist",
            "researcher",
            "professor",
            "king",
            "queen",
            "emir",
            "chancellor",
            "representative",
            "adviser",
            "advisor",
            "officer",
            "commissioner",
            "diplomat",
            "colonel",
            "lieutenant",
            "captain",
            "prosecutor",
            "judge",
            "founder",
            "cleric",
            "doctor",
            "monitor",
            "worker",
            "volunteer",
            "resident",
            "witness",
            "photographer",
            "chairperson",
            "deputy",
            "manager",
            "expert",
            "coach",
            "candidate");
    /** Lower-case words that may stand in a premodifier before the role word ("senior", "foreign"). */
    static final Set<String> MODIFIERS = Set.of(
            "deputy",
            "foreign",
            "former",
            "senior",
            "top",
            "vice",
            "acting",
            "interim",
            "defense",
            "defence",
            "state",
            "prime",
            "special",
            "civil",
            "military",
            "opposition",
            "rebel",
            "regional",
            "local",
            "government",
            "army",
            "police",
            "security",
            "health",
            "aid",
            "humanitarian",
            "rights",
            "human",
            "press",
            "news",
            "chief",
            "assistant",
            "executive",
            "general",
            "national",
            "spokesman");

    private static final Set<String> SENTENCE_OPENERS = Set.of(
            "the",
            "a",
            "an",
            "but",
            "and",
            "meanwhile",
            "also",
            "then",
            "when",
            "while",
            "after",
            "before",
            "as",
            "in",
            "on",
            "at",
            "by",
            "for",
            "with",
            "according",
            "earlier",
            "later",
            "yesterday",
            "today",
            "mr",
            "mrs",
            "ms",
            "dr");
    private static final Set<String> CONNECTORS = Set.of("for", "of");
    /** Words that end the lower-case modifiers of a complement: what follows them is no longer the name's. */
    private static final Set<String> FUNCTION_WORDS = Set.of(
            "in", "at", "on", "of", "for", "from", "to", "by", "with", "and", "or", "but", "who", "which", "that",
            "the", "a", "an", "said", "says", "told", "based", "near");

    static final int MAX_WORDS = 8;
    /** Lower-case words allowed between "of the" and the name in an apposition's complement. */
    static final int MAX_COMPLEMENT_MODIFIERS = 3;

    private static final Pattern APPOSITION =
            Pattern.compile("^\\s*,\\s*(?:(?:a|an|the)\\s+)?([^,;.:()\"\u201c\u201d]*)");
    private static final Set<String> NOT_APPOSITIONS =
            Set.of("who", "which", "that", "said", "says", "told", "and", "but");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'\u2019.\\-]*");

    private RoleFinder() {}

    /**
     * The role stated around the name at {@code [start, end)} of {@code text}, looking no further than
     * {@code [from, to)} (the sentence); empty when none is stated.
     */
    static Optional<String> roleAround(String text, int start, int end, int from, int to) {
        Optional<String> before = premodifier(text.substring(from, start));
        return before.isPresent() ? before : apposition(text.substring(end, to));
    }

    static Optional<String> premodifier(String before) {
        List<String> words = new ArrayList<>();
        int limit = before.length();
        // Walk back over the words right before the name; any punctuation between words ends the run.
        List<int[]> spans = wordSpans(before);
        for (int i = spans.size() - 1; i >= 0 && words.size() < MAX_WORDS; i--) {
            int[] w = spans.get(i);
            if (!before.substring(w[1], limit).isBlank()) {
                break;
            }
            String word = before.substring(w[0], w[1]);
            String lower = word.toLowerCase(Locale.ROOT);
            boolean capitalised = Character.isUpperCase(word.charAt(0));
            boolean joins = capitalised
                    || ROLE_WORDS.contains(lower)
                    || MODIFIERS.contains(lower)
                    || (CONNECTORS.contains(lower) && i > 0 && isRoleWord(before, spans.get(i - 1)));
            if (!joins) {
                break;
            }
            words.add(0, word);
            limit = w[0];
        }
        while (words.size() > 0 && (SENTENCE_OPENERS.contains(words.get(0).toLowerCase(Locale.ROOT)))) {
            words.remove(0);
        }
        while (words.size() > 0 && NameForms.isHonorific(words.get(words.size() - 1))) {
            words.remove(words.size() - 1);
        }
        return rolePhrase(words, false);
    }

    static Optional<String> apposition(String after) {
        Matcher m = APPOSITION.matcher(after);
        if (!m.find()) {
            return Optional.empty();
        }
        String clause = m.group(1);
        List<String> words = new ArrayList<>();
        for (int[] w : wordSpans(clause)) {
            words.add(clause.substring(w[0], w[1]));
        }
        if (words.isEmpty() || NOT_APPOSITIONS.contains(words.get(0).toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        return rolePhrase(words.subList(0, Math.min(words.size(), MAX_WORDS + MAX_COMPLEMENT_MODIFIERS)), true);
    }

    /**
     * The role in {@code words}: up to the last role word (first, for appositions, which run on into the
     * sentence), plus a "for/of" complement of capitalised words.
     */
    private static Optional<String> rolePhrase(List<String> words, boolean firstRoleWord) {
        int head = -1;
        for (int i = 0; i < Math.min(words.size(), MAX_WORDS); i++) {
            if (ROLE_WORDS.contains(words.get(i).toLowerCase(Locale.ROOT))) {
                head = i;
                if (firstRoleWord) {
                    break;
                }
            }
        }
        if (head < 0) {
            return Optional.empty();
        }
        int end = head + 1;
        if (end < words.size() && CONNECTORS.contains(words.get(end).toLowerCase(Locale.ROOT))) {
            int k = end + 1;
            if (k < words.size() && words.get(k).equals("the")) {
                k++;
            }
            int name = k;
            // an apposition runs to its comma, so lower-case modifiers may stand before the name there
            // ("member of the opposition Velmar Council"); a premodifier's complement is the name alone
            while (firstRoleWord
                    && name < words.size()
                    && name - k < MAX_COMPLEMENT_MODIFIERS
                    && Character.isLowerCase(words.get(name).charAt(0))
                    && !FUNCTION_WORDS.contains(words.get(name))) {
                name++;
            }
            int complementEnd = name;
            while (complementEnd < words.size()
                    && Character.isUpperCase(words.get(complementEnd).charAt(0))) {
                complementEnd++;
            }
            if (complementEnd > name) {
                end = complementEnd;
            }
        }
        return Optional.of(String.join(" ", words.subList(0, end)));
    }

    private static boolean isRoleWord(String text, int[] span) {
        return ROLE_WORDS.contains(text.substring(span[0], span[1]).toLowerCase(Locale.ROOT));
    }

    private static List<int[]> wordSpans(String text) {
        List<int[]> spans = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            int e = m.end();
            while (e > m.start() + 1 && ".'\u2019-".indexOf(text.charAt(e - 1)) >= 0) {
                e--;
            }
            spans.add(new int[] {m.start(), e});
        }
        return spans;
    }
}
