package org.storyline.analysis.figure;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What happened to the counted: a small table of news verbs and nouns mapped to their lemma ("fled" →
 * "flee", "wounded" → "injure", "dead" → "die"), plus the phrase "laid down (their) weapons/arms" →
 * "surrender". The event is looked for right after the figure (skipping auxiliaries: "have reportedly
 * been killed"), then backwards to the previous figure ("killed at least three people").
 */
final class Events {
    private static final Map<String, String> LEMMAS = table();
    /** Words allowed between a figure and its verb: "50,000 people have reportedly been killed". */
    private static final Set<String> AUXILIARIES = Set.of(
            "have",
            "has",
            "had",
            "been",
            "be",
            "were",
            "was",
            "are",
            "is",
            "reportedly",
            "already",
            "also",
            "now",
            "since",
            "believed",
            "thought",
            "feared",
            "said",
            "reported",
            "estimated",
            "to",
            "being",
            "allegedly",
            "apparently",
            "all",
            "who",
            "that",
            "which",
            "so",
            "far",
            "more",
            "others",
            "other");

    private static final Set<String> FINITE = Set.of("have", "has", "had", "were", "was", "are", "is", "will", "would");
    private static final int BACKWARD_REACH = 20;
    private static final int FORWARD_REACH = 7;

    private Events() {}

    private static Map<String, String> table() {
        Map<String, String> m = new HashMap<>();
        put(m, "kill", "kill", "kills", "killed", "killing");
        put(m, "die", "die", "dies", "died", "dying", "dead", "deaths", "death", "perished", "perish");
        put(
                m,
                "injure",
                "injure",
                "injures",
                "injured",
                "injuring",
                "wound",
                "wounded",
                "wounding",
                "hurt",
                "injuries");
        put(m, "flee", "flee", "flees", "fled", "fleeing", "exodus");
        put(m, "displace", "displace", "displaced", "displacing", "uprooted");
        put(m, "arrest", "arrest", "arrested", "arresting");
        put(m, "detain", "detain", "detained", "detaining");
        put(m, "evacuate", "evacuate", "evacuated", "evacuating");
        put(m, "leave", "leaving");
        put(m, "surrender", "surrender", "surrendered", "surrendering");
        put(m, "trap", "trapped");
        put(m, "besiege", "besieged");
        put(m, "rescue", "rescued", "rescuing");
        put(m, "capture", "captured", "capturing");
        put(m, "kidnap", "kidnapped", "abducted");
        put(m, "execute", "executed");
        put(m, "return", "returned", "returning");
        put(m, "deploy", "deploy", "deployed", "deploying");
        put(m, "send", "sent", "sending");
        put(m, "strand", "stranded");
        put(m, "miss", "missing");
        return Map.copyOf(m);
    }

    private static void put(Map<String, String> m, String lemma, String... forms) {
        for (String f : forms) {
            m.put(f, lemma);
        }
    }

    /** True for a word that names an event ("killed", "fled", "dead"). */
    static boolean isEventWord(String lower) {
        return LEMMAS.containsKey(lower) || lower.equals("left");
    }

    /** The event word at token {@code i}: "left" counts only as a verb, "laid down ... weapons" as surrender. */
    static Optional<String> at(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        if (!t.isWord()) {
            return Optional.empty();
        }
        String w = t.lower();
        if ((w.equals("laid") || w.equals("lay") || w.equals("laying"))
                && i + 1 < tokens.size()
                && tokens.get(i + 1).is("down")) {
            for (int k = i + 2; k < Math.min(tokens.size(), i + 5); k++) {
                if (tokens.get(k).is("weapons") || tokens.get(k).is("arms")) {
                    return Optional.of("surrender");
                }
            }
        }
        if (w.equals("left")) {
            return Optional.of("leave");
        }
        return Optional.ofNullable(LEMMAS.get(w));
    }

    /** The event of the figure in tokens {@code [first, end)}, searched within {@code [floor, ceiling)}. */
    static String find(List<Token> tokens, int first, int end, int floor, int ceiling) {
        boolean subject = false;
        for (int k = end; k < Math.min(ceiling, end + FORWARD_REACH); k++) {
            Optional<String> e = at(tokens, k);
            if (e.isPresent()) {
                return e.get();
            }
            Token t = tokens.get(k);
            // the figure is the subject of another verb ("three siblings survived", "12 were hurt"): do
            // not borrow an event from an earlier clause
            subject |= t.isWord() && (FINITE.contains(t.lower()) || t.lower().endsWith("ed"));
            if (!t.isWord() || !AUXILIARIES.contains(t.lower())) {
                break;
            }
        }
        if (subject) {
            return "";
        }
        for (int k = first - 1; k >= Math.max(floor, first - BACKWARD_REACH); k--) {
            Optional<String> e = at(tokens, k);
            if (e.isPresent()) {
                return e.get();
            }
            if (tokens.get(k).is(";")) {
                break;
            }
        }
        return "";
    }
}
