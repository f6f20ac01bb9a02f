package org.storyline.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TitleExtractorTest {

    @Test
    void removes_the_site_name_after_a_pipe_or_dash() {
        assertThat(TitleExtractor.stripSiteName("Barrier opens early | Daily Example", "Daily Example"))
                .isEqualTo("Barrier opens early");
        assertThat(TitleExtractor.stripSiteName("Barrier opens early - Daily Example", ""))
                .isEqualTo("Barrier opens early");
    }

    @Test
    void removes_a_leading_site_name() {
        assertThat(TitleExtractor.stripSiteName("Daily Example | Barrier opens early", "Daily Example"))
                .isEqualTo("Barrier opens early");
    }

    @Test
    void keeps_a_title_whose_dash_separates_two_long_halves() {
        String title = "Council votes on the barrier - residents say the new plan is far too late";
        assertThat(TitleExtractor.stripSiteName(title, "")).isEqualTo(title);
    }

    @Test
    void keeps_a_colon_inside_a_headline() {
        assertThat(TitleExtractor.stripSiteName("Barrier: what changes now", ""))
                .isEqualTo("Barrier: what changes now");
    }

    @Test
    void drops_separators_left_dangling_at_either_end() {
        assertThat(TitleExtractor.trimSeparators(": Barrier opens early")).isEqualTo("Barrier opens early");
        assertThat(TitleExtractor.trimSeparators("- „Barrier opens early“")).isEqualTo("„Barrier opens early“");
        assertThat(TitleExtractor.trimSeparators("Barrier opens early •")).isEqualTo("Barrier opens early");
        assertThat(TitleExtractor.trimSeparators("Barrier: what changes now")).isEqualTo("Barrier: what changes now");
    }

    @Test
    void subtitle_span_and_small_line_inside_the_h1_are_kickers() {
        HtmlArticleExtractor extractor = new HtmlArticleExtractor();
        String subtitle = "<html><head><title>Flood barrier | Gazette</title></head><body><h1><span class=\"subtitle\">"
                + "River works</span> Barrier opens early</h1><p>Text.</p></body></html>";
        String small = "<html><head><title>Flood barrier | Gazette</title></head><body><h1><small>Weekly update</small>"
                + "<br>Barrier opens early</h1><p>Text.</p></body></html>";

        assertThat(extractor.extract(subtitle, "https://gazette.example/a").title())
                .isEqualTo("Barrier opens early");
        assertThat(extractor.extract(small, "https://gazette.example/b").title())
                .isEqualTo("Barrier opens early");
    }
}
