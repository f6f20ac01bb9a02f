package org.storyline.eval.time;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A TimeML document of TempEval-3.
 *
 * @param id the DOCID (or the file name when there is none)
 * @param creationTime the day of the DCT (document creation time) TIMEX3
 * @param text the content of {@code <TEXT>} with every tag removed and entities decoded
 * @param timexes the TIMEX3s inside {@code <TEXT>}, in document order (the DCT is not among them)
 */
public record TimeMlDocument(String id, LocalDate creationTime, String text, List<Timex> timexes) {
    public TimeMlDocument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(creationTime, "creationTime");
        Objects.requireNonNull(text, "text");
        timexes = List.copyOf(timexes);
    }
}
