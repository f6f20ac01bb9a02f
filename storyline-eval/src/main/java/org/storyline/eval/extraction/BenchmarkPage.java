package org.storyline.eval.extraction;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One page of the article-extraction benchmark.
 *
 * @param id the page id (a hash)
 * @param url the page's original URL, or empty
 * @param truth the annotated article body
 * @param html where the gzip-compressed HTML is
 */
public record BenchmarkPage(String id, String url, String truth, Path html) {
    public BenchmarkPage {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(truth, "truth");
        Objects.requireNonNull(html, "html");
    }
}
