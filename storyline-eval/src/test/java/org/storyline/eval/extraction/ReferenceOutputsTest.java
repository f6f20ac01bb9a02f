package org.storyline.eval.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.storyline.eval.SharedData;

/** The scorer reproduces the benchmark's published numbers from the published outputs (needs ../shared/data). */
class ReferenceOutputsTest {
    @Test
    void reproduces_the_published_f1_of_trafilatura_readability_js_and_boilerpipe() {
        Optional<Path> data = SharedData.path("article-extraction");
        assumeTrue(data.isPresent(), "shared article-extraction data not present");
        ExtractionBenchmark benchmark = ExtractionBenchmark.open(data.get());
        Map<String, Map<String, String>> outputs = benchmark.referenceOutputs();
        ShingleScorer scorer = new ShingleScorer();

        assertThat(benchmark.pages()).hasSize(181);
        assertThat(f1(scorer, benchmark, outputs.get("trafilatura"))).isCloseTo(0.958, within(0.0005));
        assertThat(f1(scorer, benchmark, outputs.get("readability_js"))).isCloseTo(0.947, within(0.0005));
        assertThat(f1(scorer, benchmark, outputs.get("boilerpipe"))).isCloseTo(0.860, within(0.0005));
        assertThat(f1(scorer, benchmark, outputs.get("html-text"))).isCloseTo(0.665, within(0.0005));
    }

    private static double f1(ShingleScorer scorer, ExtractionBenchmark benchmark, Map<String, String> predictions) {
        List<PageScore> pages = new ArrayList<>();
        for (BenchmarkPage page : benchmark.pages()) {
            pages.add(scorer.score(page.truth(), predictions.get(page.id())));
        }
        return scorer.aggregate(pages).f1();
    }
}
