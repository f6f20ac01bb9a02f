package org.storyline.analysis.figure;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Units written after a number, normalized: "%", currencies as ISO codes ("USD", "EUR", "GBP"), lengths
 * ("km", "mile", "m"), masses ("kg", "tonne"), durations ("hour", "day", "year") and a few more. Nouns
 * that count things ("people", "troops") are not units; {@link CountedNoun} reads those.
 */
final class Units {
    /** A unit read from tokens {@code [first, end)}; {@code hyphenated} for "48-hour". */
    record Reading(String unit, int end, boolean hyphenated) {}

    private static final Map<String, String> WORDS = table();
    private static final Map<String, String> CURRENCY_WORDS = Map.ofEntries(
            Map.entry("dollar", "USD"),
            Map.entry("dollars", "USD"),
            Map.entry("euro", "EUR"),
            Map.entry("euros", "EUR"),
            Map.entry("pound", "GBP"),
            Map.entry("pounds", "GBP"),
            Map.entry("sterling", "GBP"),
            Map.entry("yen", "JPY"),
            Map.entry("yuan", "CNY"),
            Map.entry("rupees", "INR"),
            Map.entry("rupee", "INR"),
            Map.entry("roubles", "RUB"),
            Map.entry("rubles", "RUB"),
            Map.entry("lira", "TRY"),
            Map.entry("liras", "TRY"),
            Map.entry("francs", "CHF"),
            Map.entry("cents", "cent"),
            Map.entry("cent", "cent"),
            Map.entry("pence", "penny"),
            Map.entry("p", "penny"));
    /** Areas written as "sq m", "square feet": the square of a length unit, spelled out. */
    private static final Map<String, String> SQUARES = Map.of(
            "m",
            "square metre",
            "km",
            "square kilometre",
            "ft",
            "square foot",
            "mile",
            "square mile",
            "cm",
            "square centimetre");
    /** Durations: kept apart because a duration inside a time frame is not a figure of its own. */
    static final List<String> DURATIONS = List.of("second", "minute", "hour", "day", "week", "month", "year", "decade");

    private Units() {}

    private static Map<String, String> table() {
        Map<String, String> m = new HashMap<>();
        put(m, "%", "percent", "pc");
        put(m, "km", "km", "kms", "kilometre", "kilometres", "kilometer", "kilometers");
        put(m, "mile", "mile", "miles", "mi");
        put(m, "m", "metre", "metres", "meter", "meters");
        put(m, "cm", "cm", "centimetre", "centimetres", "centimeter", "centimeters");
        put(m, "mm", "mm", "millimetre", "millimetres", "millimeter", "millimeters");
        put(m, "ft", "ft", "foot", "feet");
        put(m, "inch", "inch", "inches");
        put(m, "yard", "yard", "yards", "yd");
        put(m, "kg", "kg", "kgs", "kilo", "kilos", "kilogram", "kilograms", "kilogramme", "kilogrammes");
        put(m, "g", "g", "gram", "grams", "gramme", "grammes");
        put(m, "tonne", "t", "tonne", "tonnes", "ton", "tons");
        put(m, "lb", "lb", "lbs");
        put(m, "litre", "l", "litre", "litres", "liter", "liters");
        put(m, "gallon", "gallon", "gallons");
        put(m, "barrel", "barrel", "barrels", "bpd");
        put(m, "acre", "acre", "acres");
        put(m, "hectare", "ha", "hectare", "hectares");
        put(m, "mph", "mph");
        put(m, "knot", "knot", "knots");
        put(m, "degree", "degree", "degrees");
        put(m, "MW", "mw", "megawatt", "megawatts");
        put(m, "GW", "gw", "gigawatt", "gigawatts");
        put(m, "kW", "kw", "kilowatt", "kilowatts");
        put(m, "kWh", "kwh");
        put(m, "MWh", "mwh");
        put(m, "GB", "gb", "gigabyte", "gigabytes");
        put(m, "MB", "mb", "megabyte", "megabytes");
        put(m, "TB", "tb", "terabyte", "terabytes");
        put(m, "horsepower", "hp", "bhp", "horsepower");
        put(m, "hertz", "hz", "hertz");
        put(m, "kilohertz", "khz", "kilohertz");
        put(m, "megahertz", "mhz", "megahertz");
        put(m, "gigahertz", "ghz", "gigahertz");
        put(m, "watt", "watt", "watts");
        put(m, "mile per gallon", "mpg");
        put(m, "milliampere-hour", "mah");
        put(m, "second", "second", "seconds", "sec", "secs");
        put(m, "minute", "minute", "minutes", "min", "mins");
        put(m, "hour", "hour", "hours", "hr", "hrs");
        put(m, "day", "day", "days");
        put(m, "week", "week", "weeks");
        put(m, "month", "month", "months");
        put(m, "year", "year", "years", "yr", "yrs");
        put(m, "decade", "decade", "decades");
        put(m, "century", "century", "centuries");
        return Map.copyOf(m);
    }

    private static void put(Map<String, String> m, String unit, String... surfaces) {
        for (String s : surfaces) {
            m.put(s, unit);
        }
    }

    /** The unit written right after the number ending at token {@code end}, if any. */
    static Optional<Reading> read(List<Token> tokens, int end, String currency) {
        if (end >= tokens.size()) {
            return Optional.empty();
        }
        Token t = tokens.get(end);
        if (t.is("%")) {
            return Optional.of(perUnit(tokens, new Reading("%", end + 1, false)));
        }
        if (t.text().equals("°") && end + 1 < tokens.size() && t.touches(tokens.get(end + 1))) {
            String scale = tokens.get(end + 1).text();
            if (scale.equals("C") || scale.equals("F")) {
                return Optional.of(new Reading("°" + scale, end + 2, false));
            }
        }
        if (t.text().equals("-")
                && end + 1 < tokens.size()
                && tokens.get(end - 1).touches(t)
                && t.touches(tokens.get(end + 1))) {
            String unit = WORDS.get(tokens.get(end + 1).lower());
            return unit == null ? Optional.empty() : Optional.of(new Reading(unit, end + 2, true));
        }
        if (!t.isWord()) {
            return Optional.empty();
        }
        String w = t.lower();
        if ((w.equals("per") && end + 1 < tokens.size() && tokens.get(end + 1).is("cent"))) {
            return Optional.of(new Reading("%", end + 2, false));
        }
        if (w.equals("percentage")
                && end + 1 < tokens.size()
                && tokens.get(end + 1).lower().startsWith("point")) {
            return Optional.of(new Reading("percentage point", end + 2, false));
        }
        if (currency.isEmpty() && CURRENCY_WORDS.containsKey(w)) {
            return Optional.of(perUnit(tokens, new Reading(CURRENCY_WORDS.get(w), end + 1, false)));
        }
        if (!currency.isEmpty() && (w.equals("dollars") || w.equals("euros") || w.equals("pounds"))) {
            return Optional.of(new Reading(currency, end + 1, false)); // "$5 million dollars"
        }
        if ((w.equals("sq") || w.equals("square")) && end + 1 < tokens.size()) {
            String length = tokens.get(end + 1).lower();
            String square = SQUARES.get(length.equals("m") ? "m" : WORDS.getOrDefault(length, ""));
            if (square != null) {
                return Optional.of(perUnit(tokens, new Reading(square, end + 2, false)));
            }
        }
        String unit = WORDS.get(w);
        if (unit == null) {
            return Optional.empty();
        }
        if (unit.equals("m") && w.equals("m") && !tokens.get(end - 1).touches(t)) {
            return Optional.empty();
        }
        return Optional.of(perUnit(tokens, new Reading(unit, end + 1, false)));
    }

    /** Extends "USD" to "USD per barrel" and "km" to "km/h". */
    static Reading perUnit(List<Token> tokens, Reading r) {
        int e = r.end();
        if (e + 1 < tokens.size()
                && tokens.get(e).is("per")
                && tokens.get(e + 1).isWord()) {
            return new Reading(
                    r.unit() + " per " + CountedNoun.singular(tokens.get(e + 1).lower()), e + 2, r.hyphenated());
        }
        if (e + 1 < tokens.size()
                && tokens.get(e).is("/")
                && tokens.get(e - 1).touches(tokens.get(e))
                && tokens.get(e).touches(tokens.get(e + 1))
                && tokens.get(e + 1).isWord()) {
            return new Reading(r.unit() + "/" + tokens.get(e + 1).text(), e + 2, r.hyphenated());
        }
        return r;
    }

    /** True for a duration unit ("day", "year"). */
    static boolean isDuration(String unit) {
        return DURATIONS.contains(unit);
    }
}
