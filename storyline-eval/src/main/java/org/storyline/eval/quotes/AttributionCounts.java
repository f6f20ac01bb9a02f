package org.storyline.eval.quotes;

import java.util.LinkedHashMap;
import java.util.Map;
import org.storyline.eval.Prf;

/**
 * Span-overlap counts for the three attribution roles, summed over articles (micro P/R/F1).
 *
 * @param cue cue matches, predicted cues, gold cues
 * @param speaker speaker matches, predicted speakers, gold speakers
 * @param content content matches, predicted contents, gold contents
 */
public record AttributionCounts(Prf cue, Prf speaker, Prf content) {
    public static final AttributionCounts ZERO =
            new AttributionCounts(new Prf(0, 0, 0), new Prf(0, 0, 0), new Prf(0, 0, 0));

    public AttributionCounts plus(AttributionCounts o) {
        return new AttributionCounts(cue.plus(o.cue), speaker.plus(o.speaker), content.plus(o.content));
    }

    /** {@code cue_p, cue_r, cue_f1, speaker_*, content_*}; cue left out for systems that find no cues. */
    public Map<String, Double> metrics(boolean withCue) {
        Map<String, Double> metrics = new LinkedHashMap<>();
        if (withCue) {
            put(metrics, "cue", cue);
        }
        put(metrics, "speaker", speaker);
        put(metrics, "content", content);
        return metrics;
    }

    private static void put(Map<String, Double> metrics, String role, Prf prf) {
        metrics.put(role + "_p", prf.precision());
        metrics.put(role + "_r", prf.recall());
        metrics.put(role + "_f1", prf.f1());
    }
}
