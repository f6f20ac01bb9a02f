package org.storyline.eval.speed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ThroughputTest {
    @Test
    void rates_are_counts_over_seconds() {
        Throughput t = new Throughput(30, 12_000, 2.0);
        assertThat(t.articlesPerSecond()).isEqualTo(15.0);
        assertThat(t.tokensPerSecond()).isEqualTo(6000.0);
    }

    @Test
    void a_zero_time_is_a_programmer_error() {
        assertThatThrownBy(() -> new Throughput(1, 1, 0))
                .hasMessage(
                        "expected non-negative counts and a positive finite time, found 1 articles, 1 tokens, 0.0 s");
    }
}
