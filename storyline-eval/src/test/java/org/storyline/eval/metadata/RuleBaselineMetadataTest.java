package org.storyline.eval.metadata;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RuleBaselineMetadataTest {
    private final RuleBaselineMetadata rules = new RuleBaselineMetadata();

    @Test
    void prefers_json_ld_over_meta_tags() {
        String html = "<html><head><title>Site | Page</title>"
                + "<meta property=\"og:title\" content=\"OG title\">"
                + "<meta property=\"article:published_time\" content=\"2019-01-01T10:00:00Z\">"
                + "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\","
                + "\"headline\":\"Storm hits coast\",\"author\":[{\"@type\":\"Person\",\"name\":\"Ann Lee\"}],"
                + "\"datePublished\":\"2019-02-03T08:00:00+01:00\"}</script></head><body></body></html>";
        assertThat(rules.extract(html, "https://example.org/x"))
                .isEqualTo(new PageMetadata(
                        Optional.of("Storm hits coast"), List.of("Ann Lee"), Optional.of(LocalDate.of(2019, 2, 3))));
    }

    @Test
    void falls_back_to_meta_tags_and_the_title_element() {
        String html = "<html><head><title>Plain title</title><meta name=\"author\" content=\"Bo Ma\">"
                + "<meta name=\"date\" content=\"2020-12-31\"></head><body><p>x</p></body></html>";
        assertThat(rules.extract(html, "https://example.org/x"))
                .isEqualTo(new PageMetadata(
                        Optional.of("Plain title"), List.of("Bo Ma"), Optional.of(LocalDate.of(2020, 12, 31))));
    }

    @Test
    void finds_nothing_on_a_bare_page() {
        assertThat(rules.extract("<p>just text</p>", "https://example.org/x")).isEqualTo(PageMetadata.none());
    }
}
