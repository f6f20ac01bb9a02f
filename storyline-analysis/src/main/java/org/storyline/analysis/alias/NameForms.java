package org.storyline.analysis.alias;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * How names as written are cleaned and reduced to matching keys.
 *
 * <p>A key is lower case, without accents or dots ("U.N." = "UN"), with hyphens as spaces, without
 * leading titles ("Mr", "Dr"...), without the Arabic article ("Bashar al-Assad" = "Bashar Assad") and with
 * British spellings turned American ("Defence" = "Defense", "Organisation" = "Organization").
 */
final class NameForms {

    private static final Set<String> HONORIFICS =
            Set.of("mr", "mrs", "ms", "miss", "dr", "sir", "dame", "madam", "mme", "mister", "prof");
    private static final Set<String> ARABIC_ARTICLES = Set.of("al", "el");
    /** Words skipped when an acronym is formed from its expansion ("World Food Programme" -> WFP). */
    private static final Set<String> ACRONYM_SKIPPED =
            Set.of("of", "for", "the", "and", "on", "in", "to", "at", "de", "du", "des", "la", "le");

    private static final Map<String, String> AMERICAN_SPELLING = Map.ofEntries(
            Map.entry("defence", "defense"),
            Map.entry("offence", "offense"),
            Map.entry("licence", "license"),
            Map.entry("programme", "program"),
            Map.entry("programmes", "programs"),
            Map.entry("centre", "center"),
            Map.entry("centres", "centers"),
            Map.entry("theatre", "theater"),
            Map.entry("labour", "labor"),
            Map.entry("honour", "honor"),
            Map.entry("harbour", "harbor"),
            Map.entry("neighbour", "neighbor"),
            Map.entry("armoured", "armored"));

    private NameForms() {}

    /**
     * The name as written, trimmed, with runs of white space as one space, without a possessive "'s" and
     * without a leading "the".
     */
    static String clean(String written) {
        String s = written.strip().replaceAll("\\s+", " ");
        if (s.endsWith("'s") || s.endsWith("\u2019s") || s.endsWith("'S")) {
            s = s.substring(0, s.length() - 2);
        } else if (s.endsWith("s'") || s.endsWith("s\u2019")) {
            s = s.substring(0, s.length() - 1);
        }
        if (s.regionMatches(true, 0, "the ", 0, 4) && s.length() > 4) {
            s = s.substring(4);
        }
        return s.strip();
    }

    /** The matching key of a cleaned name, as space-separated tokens; empty when nothing is left. */
    static String key(String cleaned) {
        return String.join(" ", tokens(cleaned));
    }

    /** The tokens of the matching key of a cleaned name. */
    static List<String> tokens(String cleaned) {
        String plain = Normalizer.normalize(cleaned, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        plain = plain.toLowerCase(Locale.ROOT).replace(".", "").replace("&", " and ");
        List<String> raw = new ArrayList<>();
        for (String t : plain.split("[\\s\\-\u2010\u2011\u2013,'\u2019]+")) {
            if (!t.isEmpty()) {
                raw.add(t);
            }
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            String t = raw.get(i);
            boolean leadingTitle = out.isEmpty() && HONORIFICS.contains(t) && i + 1 < raw.size();
            boolean article = ARABIC_ARTICLES.contains(t) && raw.size() > 1;
            if (!leadingTitle && !article) {
                out.add(american(t));
            }
        }
        return out;
    }

    /**
     * The title written right before {@code [start, ...)} of {@code text}, as written ("Ms", "Dr."), when
     * only spaces separate it from the name; empty otherwise. NER usually leaves the title out of the name.
     */
    static Optional<String> titleBefore(String text, int start) {
        int end = start;
        while (end > 0 && text.charAt(end - 1) == ' ') {
            end--;
        }
        if (end == start) {
            return Optional.empty();
        }
        int begin = end;
        while (begin > 0 && (Character.isLetter(text.charAt(begin - 1)) || text.charAt(begin - 1) == '.')) {
            begin--;
        }
        String word = text.substring(begin, end);
        boolean wordStart = begin == 0 || !Character.isLetterOrDigit(text.charAt(begin - 1));
        return wordStart && !word.isEmpty() && Character.isUpperCase(word.charAt(0)) && isHonorific(word)
                ? Optional.of(word)
                : Optional.empty();
    }

    /**
     * True for a name written in capitals only ("MAREN BAY", "WHO"), as datelines and acronyms are: at
     * least two letters and no lower-case letter.
     */
    static boolean isAllCaps(String cleaned) {
        int letters = 0;
        for (int i = 0; i < cleaned.length(); i++) {
            char c = cleaned.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            if (Character.isLetter(c)) {
                letters++;
            }
        }
        return letters >= 2;
    }

    /** True for a title such as "Mr", "Dr." (any case, dot or not). */
    static boolean isHonorific(String word) {
        return HONORIFICS.contains(word.toLowerCase(Locale.ROOT).replace(".", ""));
    }

    /** True when the cleaned name begins with a title such as "Mr" ("Mr Kerry", "Dr. Novak"). */
    static boolean hasHonorific(String cleaned) {
        return cleaned.contains(" ") && isHonorific(cleaned.split(" ", 2)[0]);
    }

    /**
     * The acronym a cleaned name is written as, lower case: two to six capitals, dots and spaces aside
     * ("U.N." -> "un", "WFP" -> "wfp"); empty when the name is not written as one.
     */
    static Optional<String> acronym(String cleaned) {
        String letters = cleaned.replace(".", "").replace(" ", "");
        if (letters.length() < 2 || letters.length() > 6) {
            return Optional.empty();
        }
        for (int i = 0; i < letters.length(); i++) {
            char c = letters.charAt(i);
            if (!(Character.isUpperCase(c) && Character.isLetter(c))) {
                return Optional.empty();
            }
        }
        return Optional.of(letters.toLowerCase(Locale.ROOT));
    }

    /** The acronym a multi-word key would have: initials of its words, function words skipped. */
    static Optional<String> initials(List<String> keyTokens) {
        if (keyTokens.size() < 2) {
            return Optional.empty();
        }
        StringBuilder sb = new StringBuilder();
        for (String t : keyTokens) {
            if (!ACRONYM_SKIPPED.contains(t)) {
                sb.append(t.charAt(0));
            }
        }
        return sb.length() >= 2 ? Optional.of(sb.toString()) : Optional.empty();
    }

    private static String american(String token) {
        String mapped = AMERICAN_SPELLING.get(token);
        if (mapped != null) {
            return mapped;
        }
        int at = token.indexOf("isation");
        if (at > 0) {
            return token.substring(0, at) + "ization" + token.substring(at + "isation".length());
        }
        return token;
    }
}
