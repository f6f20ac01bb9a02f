package org.storyline.eval.metadata;

import java.util.LinkedHashMap;
import java.util.Map;
import org.storyline.eval.Prf;

/**
 * One system's metadata figures.
 *
 * @param titles pages with an annotated title
 * @param titlesExact of those, pages whose title matched exactly
 * @param authors pages with annotated authors
 * @param authorsExact of those, pages whose authors matched exactly
 * @param dates htmldate-style counts over pages with an annotated day
 */
public record MetadataScore(int titles, int titlesExact, int authors, int authorsExact, Prf dates) {
    public double titleExact() {
        return titles == 0 ? 0 : (double) titlesExact / titles;
    }

    public double authorExact() {
        return authors == 0 ? 0 : (double) authorsExact / authors;
    }

    /** {@code title_exact, author_exact, date_f1, date_precision, date_recall}. */
    public Map<String, Double> metrics() {
        Map<String, Double> metrics = new LinkedHashMap<>();
        metrics.put("title_exact", titleExact());
        metrics.put("author_exact", authorExact());
        metrics.put("date_f1", dates.f1());
        metrics.put("date_precision", dates.precision());
        metrics.put("date_recall", dates.recall());
        return metrics;
    }
}
