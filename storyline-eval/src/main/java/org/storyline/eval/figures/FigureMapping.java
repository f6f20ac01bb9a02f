package org.storyline.eval.figures;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.storyline.model.Figure;
import org.storyline.model.Qualifier;

/**
 * Maps a Storyline {@link Figure} to the quantity the CQE evaluation compares.
 *
 * <ul>
 *   <li>value: {@link Figure#value()} (a vague amount's lower bound; Storyline has no ranges);
 *   <li>normalized unit: Storyline's unit code in CQE's spelling ({@code % -> percentage}, {@code USD -> dollar},
 *       {@code km -> kilometre}, {@code X per Y -> X' per Y}); for a count, CQE treats the counted noun as the
 *       unit, so the unit is {@link Figure#what()} ({@code person} is written {@code people} as CQE does), or
 *       {@code -} when nothing is counted;
 *   <li>change: the qualifier ({@code EXACT =}, {@code ABOUT ~}, {@code MORE_THAN/AT_LEAST >}, {@code
 *       LESS_THAN/AT_MOST/UP_TO <}); Storyline has no up/down;
 *   <li>concepts: the words of {@link Figure#what()}, the counted noun, or {@code -} when empty.
 * </ul>
 */
public final class FigureMapping {
    private static final Map<String, String> UNITS = Map.ofEntries(
            Map.entry("%", "percentage"),
            Map.entry("percentage point", "percentage point"),
            Map.entry("USD", "dollar"),
            Map.entry("EUR", "euro"),
            Map.entry("GBP", "pound sterling"),
            Map.entry("JPY", "japanese yen"),
            Map.entry("CNY", "chinese yuan"),
            Map.entry("INR", "indian rupee"),
            Map.entry("RUB", "russian ruble"),
            Map.entry("TRY", "turkish lira"),
            Map.entry("CHF", "swiss franc"),
            Map.entry("AUD", "australian dollar"),
            Map.entry("CAD", "canadian dollar"),
            Map.entry("HKD", "hong kong dollar"),
            Map.entry("MYR", "malaysian ringgit"),
            Map.entry("SGD", "singapore dollar"),
            Map.entry("NZD", "new zealand dollar"),
            Map.entry("penny", "penny"),
            Map.entry("cent", "cent"),
            Map.entry("km", "kilometre"),
            Map.entry("m", "metre"),
            Map.entry("cm", "centimetre"),
            Map.entry("mm", "millimetre"),
            Map.entry("ft", "foot"),
            Map.entry("kg", "kilogram"),
            Map.entry("g", "gram"),
            Map.entry("tonne", "metric ton"),
            Map.entry("lb", "pound-mass"),
            Map.entry("mph", "mile per hour"),
            Map.entry("MW", "megawatt"),
            Map.entry("GW", "gigawatt"),
            Map.entry("kW", "kilowatt"),
            Map.entry("kWh", "kilowatt hour"),
            Map.entry("MWh", "megawatt hour"),
            Map.entry("GB", "gigabyte"),
            Map.entry("MB", "megabyte"),
            Map.entry("TB", "terabyte"),
            Map.entry("°C", "celsius"),
            Map.entry("°F", "fahrenheit"),
            Map.entry("km/h", "kilometre per hour"),
            Map.entry("km/hr", "kilometre per hour"));

    private FigureMapping() {}

    public static CqeQuantity toCqe(Figure figure) {
        return new CqeQuantity(CqeValue.of(figure.value()), unit(figure), change(figure.qualifier()), concepts(figure));
    }

    static String unit(Figure figure) {
        if (figure.unit().isEmpty()) {
            if (figure.what().isEmpty()) {
                return "-";
            }
            return figure.what().equals("person") ? "people" : figure.what();
        }
        String unit = figure.unit();
        int per = unit.indexOf(" per ");
        if (per > 0) {
            return spelled(unit.substring(0, per)) + " per " + unit.substring(per + " per ".length());
        }
        return spelled(unit);
    }

    private static String spelled(String unit) {
        return UNITS.getOrDefault(unit, unit.toLowerCase(Locale.ROOT));
    }

    static String change(Qualifier qualifier) {
        return switch (qualifier) {
            case EXACT -> "=";
            case ABOUT -> "~";
            case MORE_THAN, AT_LEAST -> ">";
            case LESS_THAN, AT_MOST, UP_TO -> "<";
        };
    }

    private static List<String> concepts(Figure figure) {
        return figure.what().isBlank()
                ? List.of("-")
                : List.of(figure.what().strip().split("\\s+"));
    }
}
