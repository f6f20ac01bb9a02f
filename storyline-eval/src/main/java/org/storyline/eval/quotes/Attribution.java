package org.storyline.eval.quotes;

import java.util.List;
import org.storyline.model.Span;

/**
 * One attribution as scored: who (source), the cue and the content, each as the character ranges it covers (a
 * role may be written in several pieces; an absent role has none).
 *
 * @param content the attributed content
 * @param cue the cue ("said", "according to")
 * @param source the source (speaker) as written, a name or a pronoun
 */
public record Attribution(List<Span> content, List<Span> cue, List<Span> source) {
    public Attribution {
        content = List.copyOf(content);
        cue = List.copyOf(cue);
        source = List.copyOf(source);
    }

    /** Characters two role fillers share; 0 when either is absent. */
    static int overlap(List<Span> a, List<Span> b) {
        int shared = 0;
        for (Span x : a) {
            for (Span y : b) {
                shared += Math.max(0, Math.min(x.end(), y.end()) - Math.max(x.start(), y.start()));
            }
        }
        return shared;
    }
}
