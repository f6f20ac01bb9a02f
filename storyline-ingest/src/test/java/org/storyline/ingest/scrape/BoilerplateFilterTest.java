package org.storyline.ingest.scrape;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BoilerplateFilterTest {
    private final BoilerplateFilter filter = new BoilerplateFilter();

    @ParameterizedTest
    @ValueSource(
            strings = {
                "skip to main content",
                "Skip to content",
                "Jump to navigation",
                "ADVERTISEMENT",
                "Share this article",
                "Share Facebook Twitter Email",
                "Sign up for our morning newsletter",
                "Subscribe now",
                "Read more: Council delays vote on bus lanes",
                "Related stories",
                "Image copyright Example Agency",
                "We use cookies to give you the best experience. Accept all cookies",
                "We need your consent to load this social-player contentWe use social-player to manage extra content that"
                        + " can set cookies on your device. Please review their details.Manage Preferences",
                "Print | Email | Comments"
            })
    void removes_page_furniture(String line) {
        assertThat(filter.clean(line)).isEqualTo(new BoilerplateFilter.Cleaned("", true));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "The newspaper said more than 2,000 readers had signed up to its new local newsletter in the first week"
                        + " after its launch in the town.",
                "Share prices fell.",
                "Emergency crews used boats.",
                "Related to the mayor, she said, was the new budget.",
                "The council will share the cost with the county."
            })
    void keeps_body_text(String line) {
        assertThat(filter.clean(line)).isEqualTo(new BoilerplateFilter.Cleaned(line, false));
    }

    @Test
    void patterns_do_not_run_away_on_long_adversarial_lines() {
        String line = "share ".repeat(5000) + "!" + "x".repeat(5000);
        // a hang guard, not a benchmark: catastrophic backtracking would take minutes
        assertTimeoutPreemptively(
                Duration.ofSeconds(10),
                () -> assertThat(filter.clean(line).removed()).isFalse());
    }

    @Test
    void counts_words() {
        assertThat(BoilerplateFilter.wordCount("  one two\tthree ")).isEqualTo(3);
        assertThat(BoilerplateFilter.wordCount(" ")).isZero();
    }
}
