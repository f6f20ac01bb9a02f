package org.storyline.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.storyline.ingest.extract.HtmlArticleExtractor;

class BenchInputsTest {

    @Test
    void the_bundled_article_has_paragraphs_and_the_page_carries_the_same_story() {
        String text = BenchInputs.articleText();
        assertThat(text.split("\n\n")).hasSize(9);
        assertThat(text).startsWith("Flood waters rose across the Tarn valley on Tuesday");
        String body = new HtmlArticleExtractor()
                .extract(BenchInputs.articleHtml(), BenchInputs.PAGE_URL)
                .body();
        assertThat(body).contains("Schools in 11 districts will stay closed").doesNotContain("Most read");
    }

    @Test
    void every_benchmark_returns_what_it_computes_so_the_jit_cannot_drop_it() {
        SentenceSplitterBenchmark sentences = new SentenceSplitterBenchmark();
        sentences.load();
        assertThat(sentences.split()).hasSizeGreaterThan(15);
        TimeTaggerBenchmark time = new TimeTaggerBenchmark();
        time.load();
        assertThat(time.tag()).isNotEmpty();
        FigureExtractorBenchmark figures = new FigureExtractorBenchmark();
        figures.load();
        assertThat(figures.extract()).isNotEmpty();
        HtmlExtractionBenchmark html = new HtmlExtractionBenchmark();
        html.load();
        assertThat(html.extract().body()).isNotBlank();
        GroupingBenchmark grouping = new GroupingBenchmark();
        grouping.articles = 200;
        grouping.generate();
        assertThat(grouping.duplicatesThenStories()).isNotEmpty();
    }
}
