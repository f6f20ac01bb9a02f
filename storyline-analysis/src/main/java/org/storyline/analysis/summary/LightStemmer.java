package org.storyline.analysis.summary;

/**
 * A light English suffix stripper used only to make word forms meet ("destroyed", "destroys" and
 * "destroying" all become "destroy"; "cities" becomes "city"). It is not a linguistic stemmer: its output is a
 * matching key, never shown to users. Stateless.
 */
final class LightStemmer {

    private static final int MIN_STEM = 3;

    private LightStemmer() {}

    /** The matching key of a lower-case word. */
    static String stem(String word) {
        String w = stripVerbal(plural(word));
        // "evacuate" and "evacuated" ("evacuat") meet when a final silent e is dropped everywhere.
        if (w.length() > MIN_STEM && w.endsWith("e") && !w.endsWith("ee")) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }

    private static String plural(String w) {
        if (w.length() <= MIN_STEM || !w.endsWith("s") || w.endsWith("ss") || w.endsWith("us") || w.endsWith("is")) {
            return w;
        }
        if (w.endsWith("ies") && w.length() > 4) {
            return w.substring(0, w.length() - 3) + "y";
        }
        if (w.endsWith("sses") || w.endsWith("xes") || w.endsWith("ches") || w.endsWith("shes")) {
            return w.substring(0, w.length() - 2);
        }
        return w.substring(0, w.length() - 1);
    }

    private static String stripVerbal(String w) {
        String base;
        if (w.endsWith("ing") && w.length() >= MIN_STEM + 3) {
            base = w.substring(0, w.length() - 3);
        } else if (w.endsWith("ied") && w.length() > 4) {
            return w.substring(0, w.length() - 3) + "y";
        } else if (w.endsWith("ed") && w.length() >= MIN_STEM + 2 && !w.endsWith("eed")) {
            base = w.substring(0, w.length() - 2);
        } else {
            return w;
        }
        if (!hasVowel(base)) {
            return w;
        }
        // "stopped" -> "stopp" -> "stop"; keep "ll"/"ss"/"zz" endings ("killed" -> "kill").
        int n = base.length();
        if (n >= 2 && base.charAt(n - 1) == base.charAt(n - 2) && "lsz".indexOf(base.charAt(n - 1)) < 0) {
            return base.substring(0, n - 1);
        }
        return base;
    }

    private static boolean hasVowel(String s) {
        for (int i = 0; i < s.length(); i++) {
            if ("aeiouy".indexOf(s.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }
}
