package org.storyline.eval.timeline;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.storyline.eval.Prf;

/**
 * The news-tls scores of one system timeline against one reference: alignment-based ROUGE-1 and ROUGE-2
 * ({@link AlignmentRouge}) and date selection (P = shared dates / system dates, R = shared dates / reference
 * dates).
 */
public record TimelineScore(AlignmentRouge rouge1, AlignmentRouge rouge2, double dateP, double dateR) {

    public static TimelineScore score(Timeline system, Timeline reference) {
        Set<LocalDate> shared = new HashSet<>(system.days().keySet());
        shared.retainAll(reference.days().keySet());
        int systemDates = system.days().size();
        int referenceDates = reference.days().size();
        return new TimelineScore(
                AlignmentRouge.score(system, reference, 1),
                AlignmentRouge.score(system, reference, 2),
                systemDates == 0 ? 0 : (double) shared.size() / systemDates,
                referenceDates == 0 ? 0 : (double) shared.size() / referenceDates);
    }

    /**
     * news-tls's averages over timelines: P and R averaged, then F from the averages ({@code rouge1_p, rouge1_r,
     * rouge1_f, rouge2_*, date_p, date_r, date_f1}).
     */
    public static Map<String, Double> average(List<TimelineScore> scores) {
        int n = Math.max(1, scores.size());
        double r1p = 0, r1r = 0, r2p = 0, r2r = 0, dp = 0, dr = 0;
        for (TimelineScore s : scores) {
            r1p += s.rouge1().precision();
            r1r += s.rouge1().recall();
            r2p += s.rouge2().precision();
            r2r += s.rouge2().recall();
            dp += s.dateP();
            dr += s.dateR();
        }
        Map<String, Double> metrics = new LinkedHashMap<>();
        put(metrics, "rouge1", r1p / n, r1r / n, "_f");
        put(metrics, "rouge2", r2p / n, r2r / n, "_f");
        put(metrics, "date", dp / n, dr / n, "_f1");
        return metrics;
    }

    private static void put(Map<String, Double> metrics, String name, double p, double r, String fName) {
        metrics.put(name + "_p", p);
        metrics.put(name + "_r", r);
        metrics.put(name + fName, Prf.harmonicMean(p, r));
    }
}
