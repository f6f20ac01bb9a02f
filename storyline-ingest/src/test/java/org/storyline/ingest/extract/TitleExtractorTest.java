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
        assertThat(TitleExtractor.stripSiteName("Barrier: what changes now", "")).isEqualTo("Barrier: what changes now");
    }
}
