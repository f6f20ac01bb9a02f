package org.storyline.eval.time;

import java.util.List;

/** The time-expression systems {@code eval time} knows, by name. */
final class TimeSystems {
    static final List<String> NAMES = List.of("storyline", "sutime", "heideltime");
    static final List<String> DEFAULTS = List.of("storyline", "sutime", "heideltime");

    private TimeSystems() {}

    static TimexTagger load(String name) {
        return switch (name) {
            case "storyline" -> new StorylineTimexTagger();
            case "sutime" -> SuTimeTagger.load();
            case "heideltime" -> HeidelTimeTagger.load();
            default -> throw new IllegalArgumentException("expected one of " + NAMES + ", found " + name);
        };
    }
}
