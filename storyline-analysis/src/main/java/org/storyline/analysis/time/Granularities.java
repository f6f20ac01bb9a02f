package org.storyline.analysis.time;

import java.util.regex.Pattern;
import org.storyline.model.Granularity;
import org.storyline.model.TimexType;

/**
 * The granularity of a TimeML value, read from its form: "2016-08-18" DAY, "2016-11-30TEV" DAY (a part
 * of a day), "2016-08-18T15:00" TIME, "2016-W33" WEEK, "2016-09" MONTH, "2016-SU" SEASON, "2016-Q3"
 * QUARTER, "2016" YEAR, "201" DECADE, "20" CENTURY, "PAST_REF" VAGUE; durations by their last unit
 * ("P3D" DAY, "PT48H" TIME, "P10Y" YEAR, "PXM" MONTH).
 */
final class Granularities {

    // compiled once: of() runs for every time expression tagged
    private static final Pattern DAY_FORM = Pattern.compile("[\\dX]{4}-[\\dX]{2}-[\\dX]{2}|[\\dX]{4}-W[\\dX]{2}-\\d");
    private static final Pattern WEEK_FORM = Pattern.compile("[\\dX]{4}-W[\\dX]{2}(?:-WE)?");
    private static final Pattern MONTH_FORM = Pattern.compile("[\\dX]{4}-[\\dX]{2}");
    private static final Pattern SEASON_FORM = Pattern.compile("[\\dX]{4}-(?:SP|SU|FA|WI)");
    private static final Pattern QUARTER_FORM = Pattern.compile("[\\dX]{4}-[QH]\\d");
    private static final Pattern YEAR_FORM = Pattern.compile("[\\dX]{4}");
    private static final Pattern DECADE_FORM = Pattern.compile("[\\dX]{3}");
    private static final Pattern CENTURY_FORM = Pattern.compile("[\\dX]{2}");

    private Granularities() {}

    static Granularity of(TimexType type, String value) {
        if (value.endsWith("_REF")) {
            return Granularity.VAGUE;
        }
        if (value.startsWith("P")) {
            return ofDuration(value);
        }
        int t = value.indexOf('T');
        if (t >= 0) {
            boolean clock = t + 1 < value.length() && Character.isDigit(value.charAt(t + 1));
            return clock ? Granularity.TIME : Granularity.DAY;
        }
        if (DAY_FORM.matcher(value).matches()) {
            return Granularity.DAY;
        }
        if (WEEK_FORM.matcher(value).matches()) {
            return Granularity.WEEK;
        }
        if (MONTH_FORM.matcher(value).matches()) {
            return Granularity.MONTH;
        }
        if (SEASON_FORM.matcher(value).matches()) {
            return Granularity.SEASON;
        }
        if (QUARTER_FORM.matcher(value).matches()) {
            return Granularity.QUARTER;
        }
        if (YEAR_FORM.matcher(value).matches()) {
            return Granularity.YEAR;
        }
        if (DECADE_FORM.matcher(value).matches()) {
            return Granularity.DECADE;
        }
        if (CENTURY_FORM.matcher(value).matches()) {
            return Granularity.CENTURY;
        }
        throw new IllegalArgumentException("expected a TimeML " + type + " value, found '" + value + "'");
    }

    private static Granularity ofDuration(String value) {
        if (value.startsWith("PT")) {
            return Granularity.TIME;
        }
        if (value.endsWith("DE")) {
            return Granularity.DECADE;
        }
        if (value.endsWith("CE")) {
            return Granularity.CENTURY;
        }
        return switch (value.charAt(value.length() - 1)) {
            case 'D' -> Granularity.DAY;
            case 'W' -> Granularity.WEEK;
            case 'M' -> Granularity.MONTH;
            case 'Y' -> Granularity.YEAR;
            default -> throw new IllegalArgumentException("expected a TimeML duration, found '" + value + "'");
        };
    }
}
