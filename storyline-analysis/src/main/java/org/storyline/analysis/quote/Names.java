package org.storyline.analysis.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Person names as speakers: titles dropped ("Mr Kerry" → "Kerry", "Maj. Gen. Igor Konashenkov" → "Igor
 * Konashenkov"), editorial brackets removed ("[Staffan] de Mistura" → "Staffan de Mistura"), and short
 * names matched inside full names case-insensitively, with particles ("de", "al-") ignored in matching.
 */
final class Names {
    private static final Set<String> TITLES = Set.of(
            "mr",
            "mr.",
            "mrs",
            "mrs.",
            "ms",
            "ms.",
            "dr",
            "dr.",
            "miss",
            "secretary",
            "president",
            "gen.",
            "gen",
            "general",
            "maj.",
            "maj",
            "major",
            "col.",
            "colonel",
            "lt.",
            "lieutenant",
            "sgt.",
            "sergeant",
            "sen.",
            "senator",
            "rep.",
            "representative",
            "gov.",
            "governor",
            "prof.",
            "professor",
            "minister",
            "prime",
            "chancellor",
            "king",
            "queen",
            "prince",
            "princess",
            "pope",
            "judge",
            "justice",
            "sheikh",
            "ambassador",
            "envoy",
            "spokesman",
            "spokeswoman",
            "spokesperson",
            "mayor",
            "capt.",
            "captain",
            "adm.",
            "admiral",
            "brig.",
            "brigadier",
            "rev.",
            "reverend",
            "sir",
            "dame",
            "lord",
            "lady",
            "chairman",
            "chief",
            "deputy",
            "foreign",
            "defense",
            "defence",
            "state",
            "of",
            "commander",
            "vice",
            "u.s.",
            "us",
            "un",
            "u.n.");
    private static final Set<String> PARTICLES = Set.of(
            "de", "del", "della", "di", "da", "van", "von", "der", "den", "la", "le", "al", "el", "bin", "ibn", "ben",
            "abu", "dos", "das", "du", "ter", "ten");

    private Names() {}

    static boolean isParticle(String lower) {
        return PARTICLES.contains(lower);
    }

    /** The name without brackets, possessive and leading titles: "Mr. [Staffan] de Mistura's" → "Staffan de Mistura". */
    static String clean(String written) {
        String s = written.replace("[", "")
                .replace("]", "")
                .replaceAll("['’]s$", "")
                .trim();
        String[] parts = s.split("\\s+");
        int first = 0;
        while (first < parts.length - 1 && TITLES.contains(parts[first].toLowerCase(Locale.ROOT))) {
            first++;
        }
        return String.join(" ", java.util.Arrays.copyOfRange(parts, first, parts.length));
    }

    /** The trailing run of capitalized words (and particles), cleaned: "the spokesman Igor Konashenkov" → "Igor Konashenkov". */
    static String trailingName(String phrase) {
        String[] parts = phrase.trim().split("\\s+");
        int k = parts.length;
        while (k > 0
                && (Character.isUpperCase(parts[k - 1].codePointAt(0))
                        || isParticle(parts[k - 1].toLowerCase(Locale.ROOT)) && k < parts.length)) {
            k--;
        }
        return clean(String.join(" ", java.util.Arrays.copyOfRange(parts, k, parts.length)));
    }

    /** Lower-case tokens for matching, particles and "al-" prefixes removed. */
    static List<String> keys(String name) {
        List<String> keys = new ArrayList<>();
        for (String part : name.toLowerCase(Locale.ROOT).split("[\\s]+")) {
            String p = part.replaceAll("^(?:al|el|ad|as|ash|an|ar)-", "").replaceAll("[.,]", "");
            if (!p.isEmpty() && !PARTICLES.contains(p)) {
                keys.add(p);
            }
        }
        return keys;
    }

    /** True when every key of {@code shortName} appears, in order and adjacent, among the keys of {@code full}. */
    static boolean contains(String full, String shortName) {
        List<String> f = keys(full);
        List<String> s = keys(shortName);
        if (s.isEmpty() || s.size() > f.size()) {
            return false;
        }
        return java.util.Collections.indexOfSubList(f, s) >= 0;
    }
}
