package org.storyline.analysis.figure;

/**
 * A number found in tokens {@code [first, end)}, with a currency or percent unit when one is written
 * as part of the number ("$5 million", "3.4%" is read later by {@link Units}).
 *
 * @param unit the currency read before the number ("USD" for "$"), or empty
 * @param spelled true for numbers in words ("three", "dozens")
 * @param scale the scale written after digits ("5 million", "2bn"), 1 when none
 */
record Amount(int first, int end, double value, boolean vague, String unit, boolean spelled, double scale) {
    Amount {
        if (first < 0 || end <= first) {
            throw new IllegalArgumentException("expected 0 <= first < end, found " + first + ", " + end);
        }
    }

    Amount withEnd(int newEnd, double newValue) {
        return new Amount(first, newEnd, newValue, vague, unit, spelled, scale);
    }
}
