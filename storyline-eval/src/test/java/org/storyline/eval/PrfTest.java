package org.storyline.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class PrfTest {
    @Test
    void computes_micro_scores_from_counts() {
        Prf prf = Prf.of(1, 3, 2);
        assertThat(prf.precision()).isCloseTo(1 / 3d, within(1e-12));
        assertThat(prf.recall()).isCloseTo(0.5, within(1e-12));
        assertThat(prf.f1()).isCloseTo(0.4, within(1e-12));
    }

    @Test
    void scores_zero_rather_than_dividing_by_zero() {
        Prf nothing = new Prf(0, 0, 0);
        assertThat(nothing.precision()).isZero();
        assertThat(nothing.recall()).isZero();
        assertThat(nothing.f1()).isZero();
    }

    @Test
    void adds_counts() {
        assertThat(new Prf(1, 2, 3).plus(new Prf(4, 5, 6))).isEqualTo(new Prf(5, 7, 9));
    }
}
