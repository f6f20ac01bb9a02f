package org.storyline.eval.quotes;

import java.util.List;

/** A system that finds attributions (quotes with cue and speaker) in an article's text. */
public interface AttributionSystem {
    /** The attributions found in {@code text}, spans into it. */
    List<Attribution> attribute(String text);

    /** True when the system marks cues; systems without cues are not scored on them. */
    boolean findsCues();
}
