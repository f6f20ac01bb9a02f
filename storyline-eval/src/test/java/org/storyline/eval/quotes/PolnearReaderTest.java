package org.storyline.eval.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.storyline.eval.SharedData;
import org.storyline.model.Span;

class PolnearReaderTest {
    @Test
    void reads_brat_attributions_with_pieces_and_shared_sources() {
        String text = "Kim said rain is “likely” but “brief,” he added.";
        String ann = String.join(
                "\n",
                "T1\tSource 0 3\tKim",
                "T2\tCue 4 8\tsaid",
                "T3\tContent 9 25;30 37\train is “likely” “brief,”",
                "T4\tAttribution 4 8\tsaid",
                "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1",
                "T5\tDiscuss 0 3\tKim");
        List<Attribution> read = PolnearReader.parse(ann, text, "inline");
        assertThat(read)
                .containsExactly(new Attribution(
                        List.of(new Span(9, 25), new Span(30, 37)), List.of(new Span(4, 8)), List.of(new Span(0, 3))));
    }

    @Test
    void converts_code_point_offsets_to_string_indexes() {
        String text = "\uD83D\uDE00 Ann said yes.";
        List<Attribution> read =
                PolnearReader.parse("T1\tCue 6 10\tsaid\nE1\tAttribution-no-source:T1 Cue:T1", text, "x");
        assertThat(read.get(0).cue()).containsExactly(new Span(7, 11));
        assertThat(new Span(7, 11).of(text)).isEqualTo("said");
    }

    @Test
    void reads_the_84_test_articles_with_texts_matching_their_annotations() {
        Optional<Path> root = SharedData.path("polnear");
        assumeTrue(root.isPresent(), "shared data not present");
        List<PolnearArticle> articles = PolnearReader.read(root.get(), "test");
        assertThat(articles).hasSize(84);
        assertThat(articles.stream().mapToInt(a -> a.gold().size()).sum()).isGreaterThan(1500);
    }
}
