package org.storyline.analysis.figure;

import java.util.List;
import java.util.Optional;
import org.storyline.model.Qualifier;

/**
 * A figure under construction, in token positions {@code [first, end)} of its window.
 *
 * @param scale the scale word written with the number ("billion" = 1e9), 1 when none
 * @param hedged true when a hedge ("more than") is written in front of the number
 */
record Candidate(
        int first,
        int end,
        double value,
        String unit,
        String what,
        String event,
        Qualifier qualifier,
        boolean vague,
        double scale,
        boolean hedged) {

    static Candidate read(List<Token> tokens, Amount a, int floor, List<Candidate> before) {
        Optional<Qualifiers.Reading> hedge = Qualifiers.read(tokens, a.first(), floor);
        int first = hedge.map(Qualifiers.Reading::first).orElse(a.first());
        Qualifier qualifier = hedge.map(Qualifiers.Reading::qualifier).orElse(Qualifier.EXACT);
        String unit = a.unit();
        int end = a.end();
        boolean hyphenated = false;
        Optional<Units.Reading> u = Units.read(tokens, a.end(), a.unit());
        if (u.isPresent()) {
            unit = u.get().unit();
            end = u.get().end();
            hyphenated = u.get().hyphenated();
        } else if (!unit.isEmpty()) {
            Units.Reading per = Units.perUnit(tokens, new Units.Reading(unit, end, false));
            unit = per.unit();
            end = per.end();
        }
        String what = "";
        String event = "";
        if (unit.isEmpty() || hyphenated) {
            boolean allowOf = a.vague() || endsWithScale(tokens, a);
            CountedNoun.Reading noun = CountedNoun.read(tokens, end, tokens.size(), allowOf);
            end = Math.max(end, noun.end());
            what = noun.what();
            if (noun.inherits() && !before.isEmpty()) {
                what = before.get(before.size() - 1).what();
            }
            if (what.isEmpty() && !hyphenated) {
                LookBack back = LookBack.find(tokens, floor, first);
                what = back.what();
                event = back.event();
            }
        }
        return new Candidate(
                first, end, a.value(), unit, what, event, qualifier, a.vague(), a.scale(), hedge.isPresent());
    }

    private static boolean endsWithScale(List<Token> tokens, Amount a) {
        String last = tokens.get(a.end() - 1).lower();
        return NumberWords.SCALES.containsKey(last) || last.equals("dozen") || last.equals("hundred");
    }
}
