package org.storyline.analysis.claim;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.storyline.model.Figure;

/**
 * Which figures are worth a claim: those that measure something an analyst follows across reports. A figure
 * qualifies when it
 *
 * <ul>
 *   <li>counts people, groups of people, forces or the things a crisis destroys or moves (the head noun is in
 *       {@link #COUNTED}: "700 civilians", "300 troops", "12 households", "40 buildings", "3 aircraft");
 *   <li>or is money or a percentage ("USD", "EUR per barrel", "%");
 *   <li>or, without a unit, says what happened to what it counts ("50,000 fled", "12 others were injured").
 * </ul>
 *
 * A duration ("four years", "less than 10 minutes", "a 48-hour cease-fire") never qualifies, whatever follows
 * it, and neither do other objects ("one balcony", "two pillars", "four corridors", "three siblings"): they
 * describe a report rather than measure the story. Stateless.
 */
final class TrackedFigures {

    /** Head nouns (singular, lower case, as {@link Figure#what()} gives them) of counts worth tracking. */
    static final Set<String> COUNTED = Set.of(
            // people
            "person",
            "people",
            "civilian",
            "resident",
            "inhabitant",
            "individual",
            "citizen",
            "villager",
            "man",
            "woman",
            "child",
            "children",
            "boy",
            "girl",
            "baby",
            "infant",
            "minor",
            "adult",
            "teenager",
            "student",
            "pupil",
            "refugee",
            "migrant",
            "asylum seeker",
            "evacuee",
            "survivor",
            "casualty",
            "victim",
            "fatality",
            "patient",
            "worker",
            "employee",
            "staff",
            "doctor",
            "nurse",
            "medic",
            "journalist",
            "volunteer",
            "passenger",
            "pilgrim",
            "tourist",
            "protester",
            "demonstrator",
            "voter",
            "prisoner",
            "detainee",
            "hostage",
            "captive",
            "inmate",
            "suspect",
            "body",
            "corpse",
            "death",
            "injury",
            // forces and armed groups
            "rebel",
            "fighter",
            "militant",
            "insurgent",
            "jihadist",
            "gunman",
            "soldier",
            "troop",
            "personnel",
            "officer",
            "policeman",
            "police",
            "guard",
            "marine",
            "sailor",
            "airman",
            "trainer",
            "adviser",
            "advisor",
            "mercenary",
            "militia",
            "militiaman",
            "combatant",
            "recruit",
            "reservist",
            "commander",
            // groups
            "family",
            "household",
            "community",
            "tribe",
            "group",
            "faction",
            "battalion",
            "brigade",
            "unit",
            // what is destroyed, damaged or moved
            "home",
            "house",
            "dwelling",
            "building",
            "shelter",
            "school",
            "hospital",
            "clinic",
            "village",
            "vehicle",
            "car",
            "truck",
            "lorry",
            "bus",
            "tank",
            "aircraft",
            "plane",
            "jet",
            "helicopter",
            "drone",
            "ship",
            "boat",
            "vessel",
            "missile",
            "rocket",
            "shell",
            "bomb",
            "airstrike",
            "strike",
            "barrel bomb");

    private static final Set<String> DURATIONS = Set.of(
            "second", "minute", "hour", "day", "night", "week", "fortnight", "month", "year", "decade", "century");
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}\\b.*|cent|penny");
    private static final Pattern DURATION_WORD = Pattern.compile(
            "(?i).*\\b(?:seconds?|minutes?|hours?|days?|nights?|weeks?|fortnights?|months?|years?|decades?"
                    + "|centur(?:y|ies))\\b.*");

    private TrackedFigures() {}

    /** True when {@code figure} measures something worth a claim, as documented on the class. */
    static boolean isTracked(Figure figure) {
        String unit = figure.unit().strip();
        String what = figure.what().strip().toLowerCase(Locale.ROOT);
        if (isDuration(unit, what, figure.text())) {
            return false;
        }
        if (unit.equals("%") || CURRENCY.matcher(unit).matches()) {
            return true;
        }
        if (COUNTED.contains(what)) {
            return true;
        }
        return !figure.event().isBlank() && unit.isEmpty();
    }

    /** A span of time: its unit or head noun is one, or, with neither, its words name one ("10 minutes"). */
    private static boolean isDuration(String unit, String what, String text) {
        if (DURATIONS.contains(unit.toLowerCase(Locale.ROOT)) || DURATIONS.contains(what)) {
            return true;
        }
        return unit.isEmpty() && what.isEmpty() && DURATION_WORD.matcher(text).matches();
    }
}
