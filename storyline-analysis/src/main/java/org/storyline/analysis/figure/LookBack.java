package org.storyline.analysis.figure;

import java.util.List;

/**
 * What a bare number counts when the noun comes before it: "the number of those who fled ... has
 * surpassed 50,000" (→ "person"), "the death toll rose to 46" (→ "person", event "die").
 */
record LookBack(String what, String event) {
    private static final int REACH = 25;

    static LookBack find(List<Token> tokens, int floor, int first) {
        for (int k = first - 1; k >= Math.max(floor, first - REACH); k--) {
            Token t = tokens.get(k);
            if (t.is("toll") && k > 0) {
                boolean death = tokens.get(k - 1).is("death");
                return new LookBack("person", death ? "die" : "");
            }
            if (t.is("number") && k + 2 < first && tokens.get(k + 1).is("of")) {
                int n = tokens.get(k + 2).is("the") && k + 3 < first ? k + 3 : k + 2;
                Token noun = tokens.get(n);
                if (noun.isWord()) {
                    String w = noun.lower();
                    boolean persons = w.equals("those") || w.equals("them") || w.equals("people");
                    return new LookBack(persons ? "person" : CountedNoun.singular(w), "");
                }
            }
        }
        return new LookBack("", "");
    }
}
