package org.storyline.analysis.claim;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.storyline.model.Figure;

/**
 * What a figure measures, with synonyms folded so that reports worded differently meet: "killed", "died"
 * and "dead" are all {@code deaths}; "fled", "left", "evacuated", "displaced" are {@code displacement};
 * "injured", "wounded" are {@code injuries}. For those human events, "person", "people", "civilian",
 * "resident", "inhabitant", "individual" and an unnamed count ("50,000 fled") are all counted as
 * {@code person}: outlets call the same crowd people or civilians. Other events and heads are kept as given.
 *
 * @param event the event class, or the event lemma as given
 * @param what the counted class, or the head noun as given
 * @param unit the unit as given
 */
record Measure(String event, String what, String unit) implements Comparable<Measure> {

    private static final Map<String, String> EVENT_CLASS = Map.ofEntries(
            Map.entry("kill", "deaths"),
            Map.entry("die", "deaths"),
            Map.entry("dead", "deaths"),
            Map.entry("death", "deaths"),
            Map.entry("slay", "deaths"),
            Map.entry("perish", "deaths"),
            Map.entry("massacre", "deaths"),
            Map.entry("execute", "deaths"),
            Map.entry("fatality", "deaths"),
            Map.entry("flee", "displacement"),
            Map.entry("leave", "displacement"),
            Map.entry("evacuate", "displacement"),
            Map.entry("displace", "displacement"),
            Map.entry("escape", "displacement"),
            Map.entry("uproot", "displacement"),
            Map.entry("evacuation", "displacement"),
            Map.entry("displacement", "displacement"),
            Map.entry("injure", "injuries"),
            Map.entry("wound", "injuries"),
            Map.entry("hurt", "injuries"),
            Map.entry("injury", "injuries"));
    private static final Set<String> HUMAN_EVENTS = Set.of("deaths", "displacement", "injuries");
    private static final Set<String> PEOPLE =
            Set.of("", "person", "people", "civilian", "resident", "inhabitant", "individual");

    static Measure of(Figure f) {
        String event = f.event().strip().toLowerCase(Locale.ROOT);
        String eventClass = EVENT_CLASS.getOrDefault(event, event);
        String what = f.what().strip().toLowerCase(Locale.ROOT);
        String whatClass = HUMAN_EVENTS.contains(eventClass) && PEOPLE.contains(what) ? "person" : what;
        return new Measure(eventClass, whatClass, f.unit().strip());
    }

    @Override
    public int compareTo(Measure o) {
        int c = event.compareTo(o.event);
        if (c == 0) {
            c = what.compareTo(o.what);
        }
        return c != 0 ? c : unit.compareTo(o.unit);
    }
}
