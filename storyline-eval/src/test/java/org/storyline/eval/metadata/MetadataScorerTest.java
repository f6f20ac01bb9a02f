package org.storyline.eval.metadata;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.storyline.eval.Prf;

class MetadataScorerTest {
    private static final LocalDate DAY = LocalDate.of(2021, 3, 4);

    private static MetadataCase gold(String title, List<String> authors, Optional<LocalDate> date) {
        return new MetadataCase(
                "https://example.org/a", Path.of("a.html.gz"), Optional.ofNullable(title), authors, date);
    }

    private static PageMetadata found(String title, List<String> authors, Optional<LocalDate> date) {
        return new PageMetadata(Optional.ofNullable(title), authors, date);
    }

    @Test
    void titles_match_after_whitespace_normalisation_only() {
        assertThat(MetadataScorer.titleMatches("Rain  in\u00a0Spain ", Optional.of("Rain in Spain")))
                .isTrue();
        assertThat(MetadataScorer.titleMatches("Rain in Spain", Optional.of("rain in spain")))
                .isFalse();
        assertThat(MetadataScorer.titleMatches("Rain in Spain", Optional.empty()))
                .isFalse();
    }

    @Test
    void author_lists_compare_as_sorted_names_whatever_the_separator() {
        assertThat(MetadataScorer.authorNames(List.of("Ann Lee; Bo Ma"))).containsExactly("Ann Lee", "Bo Ma");
        assertThat(MetadataScorer.authorNames(List.of("Bo Ma, Ann Lee"))).containsExactly("Ann Lee", "Bo Ma");
        assertThat(MetadataScorer.authorNames(List.of("Ann Lee and Bo  Ma"))).containsExactly("Ann Lee", "Bo Ma");
        assertThat(MetadataScorer.authorNames(List.of("Bo Ma", "Ann Lee"))).containsExactly("Ann Lee", "Bo Ma");
    }

    @Test
    void dates_score_like_htmldate() {
        assertThat(MetadataScorer.dateOutcome(DAY, Optional.of(DAY))).isEqualTo(new Prf(1, 0, 0));
        assertThat(MetadataScorer.dateOutcome(DAY, Optional.of(DAY.plusDays(1))))
                .isEqualTo(new Prf(0, 1, 0));
        assertThat(MetadataScorer.dateOutcome(DAY, Optional.empty())).isEqualTo(new Prf(0, 0, 1));
    }

    @Test
    void scores_each_field_over_the_pages_annotated_for_it() {
        List<MetadataCase> cases = List.of(
                gold("One", List.of("Ann Lee"), Optional.of(DAY)),
                gold("Two", List.of(), Optional.of(DAY)),
                gold(null, List.of("Bo Ma"), Optional.empty()),
                gold("Four", List.of(), Optional.of(DAY)));
        List<PageMetadata> predictions = List.of(
                found("One", List.of("Ann Lee"), Optional.of(DAY)), // all right
                found("Two!", List.of("Someone"), Optional.of(DAY.minusDays(1))), // wrong title, wrong day
                found("Three", List.of(), Optional.of(DAY)), // author missed; title and date not annotated
                found("Four", List.of(), Optional.empty())); // day missed

        MetadataScore score = new MetadataScorer().score(cases, predictions);

        assertThat(score.titles()).isEqualTo(3);
        assertThat(score.titlesExact()).isEqualTo(2);
        assertThat(score.authors()).isEqualTo(2);
        assertThat(score.authorsExact()).isEqualTo(1);
        assertThat(score.dates()).isEqualTo(new Prf(1, 1, 1));
        assertThat(score.metrics())
                .containsEntry("title_exact", 2 / 3d)
                .containsEntry("author_exact", 0.5)
                .containsEntry("date_precision", 0.5)
                .containsEntry("date_recall", 0.5)
                .containsEntry("date_f1", 0.5);
    }
}
