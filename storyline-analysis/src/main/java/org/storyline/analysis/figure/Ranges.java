package org.storyline.analysis.figure;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Joins two numbers written as one range into one figure: "between $62 and $68 per share", "15 to 22
 * miles per hour", "5-10%", "from $800,000 to $1.3 million", "three or four years". The figure's value is
 * the first number; {@link FigureRanges#end} reads the second back from the figure's text.
 *
 * <p>What is written once applies to both ends: in "$10 to $15 billion" and "four to five thousand
 * people" the scale, unit and counted noun carry back to the first number. Two values of a change
 * ("rose from 46 to 60", "fell 3% to $2.06") are not a range: they stay two figures, with the unit
 * still carried back ("rose from 13.5 to 14 mm").
 */
final class Ranges {
    private static final Set<String> DASHES = Set.of("-", "–", "—");
    private static final Set<String> CHANGE_VERBS = Set.of(
            "rose",
            "rise",
            "rises",
            "rising",
            "risen",
            "fell",
            "fall",
            "falls",
            "falling",
            "fallen",
            "increased",
            "increase",
            "increases",
            "increasing",
            "decreased",
            "decrease",
            "decreases",
            "decreasing",
            "dropped",
            "drop",
            "drops",
            "dropping",
            "climbed",
            "climb",
            "climbs",
            "climbing",
            "jumped",
            "jump",
            "jumps",
            "jumping",
            "grew",
            "grow",
            "grows",
            "growing",
            "grown",
            "slowed",
            "slow",
            "slowing",
            "cut",
            "cuts",
            "raised",
            "raise",
            "lowered",
            "lower",
            "reduced",
            "reduce",
            "went",
            "going",
            "gone",
            "moved",
            "surged",
            "soared",
            "plunged",
            "plummeted",
            "slipped",
            "eased",
            "narrowed",
            "widened",
            "shrank",
            "expanded",
            "boosted",
            "revised",
            "upgraded",
            "downgraded",
            "gained",
            "lost",
            "declined",
            "slid",
            "sank",
            "tumbled",
            "advanced",
            "improved",
            "changed",
            "shifted",
            "up",
            "down",
            "swelled",
            "doubled",
            "tripled",
            "halved",
            "dipped",
            "edged",
            "inched",
            "hiked",
            "trimmed",
            "leapt",
            "leaped");
    /** How many words before a range a change verb is looked for ("slow slightly from 4.8 to 4.7"). */
    private static final int VERB_REACH = 3;

    private Ranges() {}

    /** The candidates with ranges joined, in order. */
    static List<Candidate> join(List<Token> tokens, List<Candidate> candidates) {
        List<Candidate> out = new ArrayList<>();
        for (int k = 0; k < candidates.size(); k++) {
            Candidate a = candidates.get(k);
            Candidate b = k + 1 < candidates.size() ? candidates.get(k + 1) : null;
            int lead = b == null ? -1 : leadWord(tokens, a, b);
            if (b == null || lead == -2 || !compatible(a, b)) {
                out.add(a);
                continue;
            }
            Candidate first = carriedBack(a, b);
            int from = lead >= 0 ? lead : first.first();
            boolean between = lead >= 0 && tokens.get(lead).is("between");
            boolean by = from > 0 && tokens.get(from - 1).is("by");
            if (!between && !by && changeBefore(tokens, from)) {
                out.add(first);
                continue;
            }
            if (isBare(a) && a.value() == b.value() && b.unit().isEmpty()) {
                k++; // "tied at 89-89", "2-2 on aggregate": a score, not a quantity
                continue;
            }
            String event = first.event().isEmpty() ? b.event() : first.event();
            out.add(new Candidate(
                    from,
                    b.end(),
                    first.value(),
                    b.unit(),
                    b.what(),
                    event,
                    first.qualifier(),
                    false,
                    first.scale(),
                    first.hedged()));
            k++;
        }
        return List.copyOf(out);
    }

    /**
     * Where the range phrase starts: the index of "between"/"from" before {@code a}, -1 when the two
     * numbers are joined by a bare "to" or dash, -2 when they are not a range at all.
     */
    private static int leadWord(List<Token> tokens, Candidate a, Candidate b) {
        if (b.first() != a.end() + 1 || b.hedged()) {
            return -2;
        }
        Token joint = tokens.get(a.end());
        int before = a.first() - 1;
        boolean between = before >= 0 && tokens.get(before).is("between");
        boolean from = before >= 0 && tokens.get(before).is("from");
        if (joint.is("and")) {
            return between ? before : -2;
        }
        if (joint.is("or")) {
            return isBare(a) && !a.hedged() ? -1 : -2;
        }
        if (joint.is("to") || DASHES.contains(joint.text())) {
            return between || from ? before : -1;
        }
        return -2;
    }

    private static boolean compatible(Candidate a, Candidate b) {
        if (a.vague() || b.vague()) {
            return false;
        }
        if (isBare(a)) {
            return true;
        }
        String unitB = b.unit();
        int per = unitB.indexOf(" per ");
        String baseB = per > 0 ? unitB.substring(0, per) : unitB;
        boolean sameUnit = a.unit().equals(unitB) || a.unit().equals(baseB);
        return sameUnit && (a.what().isEmpty() || a.what().equals(b.what()));
    }

    private static boolean isBare(Candidate c) {
        return c.unit().isEmpty() && c.what().isEmpty();
    }

    /** The first number with the scale, unit and counted noun written only after the second one. */
    static Candidate carriedBack(Candidate a, Candidate b) {
        double value = a.value();
        double scale = a.scale();
        if (a.scale() == 1 && b.scale() > 1 && a.value() < b.value() / b.scale()) {
            value = a.value() * b.scale(); // "$10 to $15 billion", not "$200 to $4 million"
            scale = b.scale();
        }
        String unit = a.unit();
        String what = a.what();
        if (isBare(a) || a.unit().equals(b.unit()) || b.unit().startsWith(a.unit() + " per ")) {
            unit = b.unit();
            what = a.what().isEmpty() ? b.what() : a.what();
        }
        return new Candidate(
                a.first(), a.end(), value, unit, what, a.event(), a.qualifier(), a.vague(), scale, a.hedged());
    }

    private static boolean changeBefore(List<Token> tokens, int from) {
        for (int k = from - 1; k >= Math.max(0, from - VERB_REACH); k--) {
            Token t = tokens.get(k);
            if (t.isWord() && CHANGE_VERBS.contains(t.lower())) {
                return true;
            }
            if (!t.isWord()) {
                return false;
            }
        }
        return false;
    }

    /** True for the word or dash between the two ends of a range. */
    static boolean isJoint(Token t) {
        return t.is("to") || t.is("and") || t.is("or") || DASHES.contains(t.text());
    }
}
