package org.storyline.analysis.claim;

import org.storyline.model.Qualifier;

/**
 * The values a reported figure allows: exact values only themselves; "more than"/"at least" everything
 * above; "less than"/"at most"/"up to" everything below; "about" within {@value #ABOUT_MARGIN} either side;
 * vague amounts ("hundreds of thousands", given as their lower bound) up to {@value #VAGUE_SPAN} times it.
 * Bounds are closed: outlets round, so "more than 20,000" is taken to allow 20,000.
 */
record ValueRange(double low, double high) {

    static final double ABOUT_MARGIN = 0.1;
    static final double VAGUE_SPAN = 10;

    static ValueRange of(double value, Qualifier qualifier, boolean vague) {
        if (vague) {
            return new ValueRange(value, value * VAGUE_SPAN);
        }
        return switch (qualifier) {
            case EXACT -> new ValueRange(value, value);
            case MORE_THAN, AT_LEAST -> new ValueRange(value, Double.POSITIVE_INFINITY);
            case LESS_THAN, AT_MOST, UP_TO -> new ValueRange(Double.NEGATIVE_INFINITY, value);
            case ABOUT -> new ValueRange(
                    Math.min(value * (1 - ABOUT_MARGIN), value * (1 + ABOUT_MARGIN)),
                    Math.max(value * (1 - ABOUT_MARGIN), value * (1 + ABOUT_MARGIN)));
        };
    }

    boolean overlaps(ValueRange o) {
        return low <= o.high && o.low <= high;
    }
}
