package org.storyline.eval.figures;

/**
 * A quantity's number as the CQE evaluation compares it: one value, or a range {@code lower-upper}.
 *
 * @param lower the value, or the lower end of a range
 * @param upper the value again, or the upper end of a range
 * @param range true for a range; a range never matches a single value, even an equal one
 */
public record CqeValue(double lower, double upper, boolean range) {
    public CqeValue {
        if (!Double.isFinite(lower) || !Double.isFinite(upper)) {
            throw new IllegalArgumentException("expected finite values, found " + lower + " and " + upper);
        }
    }

    public static CqeValue of(double value) {
        return new CqeValue(value, value, false);
    }

    /**
     * Reads a value as {@code decode_dictionary} of the CQE evaluation does: a string holding a {@code -} that
     * neither starts with {@code -} nor holds an {@code E} is a range split at its first two {@code -}-separated
     * parts; anything else is one number.
     *
     * @throws NumberFormatException when a part is not a number (the Python scorer would crash there too)
     */
    public static CqeValue parse(String text) {
        String value = text.strip();
        if (!value.contains("E") && !value.startsWith("-") && value.contains("-")) {
            String[] parts = value.split("-", -1);
            return new CqeValue(number(parts[0]), number(parts[1]), true);
        }
        return of(number(value));
    }

    /** Python's {@code float()}: surrounding white space and digit-group underscores are allowed. */
    private static double number(String text) {
        return Double.parseDouble(text.strip().replace("_", ""));
    }

    /**
     * {@code numpy.isclose(gold, predicted)} on both ends ({@code |a - b| <= 1e-8 + 1e-5 * |b|}); a range
     * only matches a range.
     */
    public boolean matches(CqeValue predicted) {
        if (range != predicted.range) {
            return false;
        }
        return close(lower, predicted.lower) && close(upper, predicted.upper);
    }

    private static boolean close(double gold, double predicted) {
        return Math.abs(gold - predicted) <= 1e-8 + 1e-5 * Math.abs(predicted);
    }
}
