package org.storyline.eval.time;

import java.time.LocalDate;
import java.util.List;

/** A time-expression tagger under evaluation. Implementations load their resources once and are thread-safe. */
public interface TimexTagger {
    /** The system's name in reports, lower case. */
    String name();

    /** The timexes in {@code text}, relative ones resolved against the document creation day. */
    List<Timex> tag(String text, LocalDate creationDay);
}
