package org.storyline.eval.figures;

import java.util.HashMap;
import java.util.Map;

/**
 * The unit spelling table of the CQE evaluation's {@code GPT3Tagger} (American to British spellings, plurals the
 * one-{@code s} cut leaves behind, currency names). Keys are compared after lower-casing, so the two keys with
 * capitals in the original table never apply; they are kept for fidelity.
 */
final class Gpt3UnitTable {
    private static final String[][] SPELLINGS = {
        {"celsiu", "celsius"},
        {"kilometer", "kilometre"},
        {"meter", "metre"},
        {"square meter", "square metre"},
        {"kilovolt per centimeter", "kilovolt per centimetre"},
        {"micrometer", "micrometre"},
        {"kilopounds per square inch", "kilopound per square inch"},
        {"milliliter", "millilitre"},
        {"degrees celsiu", "celsius"},
        {"degree celsiu", "celsius"},
        {"us dollar", "dollar"},
        {"percent", "percentage"},
        {"miles per hour", "mile per hour"},
        {"metres / second", "metre per second"},
        {"parts per billion", "parts-per-billion"},
        {"deputie", "deputy"},
        {"miles / hour", "mile per hour"},
        {"inche", "inch"},
        {"feet", "foot"},
        {"decimeter", "decimetre"},
        {"microgrammes / gramme", "microgram per gram"},
        {"square kilometer", "square kilometre"},
        {"millimeter", "millimetre"},
        {"mah", "milliampere-hour"},
        {"ppb", "parts-per-billion"},
        {"pound-feet", "pound-foot"},
        {"g", "gram"},
        {"min", "minute"},
        {"gigatonne", "gigaton"},
        {"time", "count"},
        {"ghz", "gigahertz"},
        {"hz", "hertz"},
        {"amperes per cm2", "ampere per square centimetre"},
        {"degrees fahrenheit", "fahrenheit"},
        {"nanometer", "nanometre"},
        {"yuan", "chinese yuan"},
        {"us$", "dollar"},
        {"kilometers / hour", "kilometre per hour"},
        {"rad", "radian"},
        {"celciu", "celsius"},
        {"centigrate", "celsius"},
        {"deg", "degree"},
        {"usd", "dollar"},
        {"btc", "bitcoin"},
        {"€", "euro"},
        {"元", "chinese yuan"},
        {"franc", "swiss franc"},
        {"cent-a-share", "cent per share"},
        {"sq m", "square metre"},
        {"degrees Fahrenheit", "Fahrenheit"},
        {"parts per million", "part per million"},
        {"barrel-a-day", "barrel per day"},
        {"points", "point"},
        {"miles per gallon", "mile per gallon"},
        {"contracts", "contract"},
        {"bathrooms", "bathroom"},
        {"bedrooms", "bedroom"},
        {"megabits per second", "megabit per second"},
        {"liter", "litre"},
        {"barrels / day", "barrel per day"},
        {"lari", "georgian lari"},
        {"ரூ", "sri lankan rupee"},
        {"lira", "turkish lira"},
        {"yen", "japanese yen"},
        {"rand", "south african rand"},
        {"kuna", "croatian kuna"},
        {"touchdown", "touch down"},
        {"cents per share", "cent per share"},
        {"wins above replacement", "win above replacement"},
        {"rebounds per game", "rebound per game"},
        {"points per game", "point per game"},
        {"us pint", "pint"},
        {"us quart", "quart"},
        {"us gallon", "gallon"},
        {"us fluid ounce", "ounce"},
        {"ksi", "kilopound per square inch"},
        {"kilovolts per centimeter", "kilovolt per centimetre"},
        {"commercial fishermen", "commercial fisherman"},
        {"tonne", "metric ton"},
        {"kilowatt-hour", "kilowatt hour"},
        {"newton meter", "newton metre"},
        {"ringgit", "malaysian ringgit"},
        {"assists per game", "assist per game"},
        {"gigawatt-hour", "gigawatt hour"},
        {"milliampere hour", "milliampere-hour"},
    };

    private static final String[][] AGE_SPELLINGS = {
        {"year", "year of age"}, {"day", "day of age"}, {"week", "week of age"}, {"month", "month of age"},
    };

    private Gpt3UnitTable() {}

    static Map<String, String> spellings(boolean ageModel) {
        Map<String, String> table = new HashMap<>();
        for (String[] pair : SPELLINGS) {
            table.put(pair[0], pair[1]);
        }
        if (ageModel) {
            for (String[] pair : AGE_SPELLINGS) {
                table.put(pair[0], pair[1]);
            }
        }
        return Map.copyOf(table);
    }
}
