package org.storyline.eval.speed;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PtbDetokenizerTest {
    private final PtbDetokenizer detokenizer = new PtbDetokenizer();

    @Test
    void restores_quotes_brackets_and_clitics() {
        assertThat(detokenizer.detokenize("The mayor 's office said `` no '' -LRB- twice -RRB- , and it did n't ."))
                .isEqualTo("The mayor's office said \"no\" (twice), and it didn't.");
    }

    @Test
    void glues_currency_and_percent_to_their_number() {
        assertThat(detokenizer.detokenize("Prices rose $ 5 , or 12 % ; wages did not !"))
                .isEqualTo("Prices rose $5, or 12%; wages did not!");
    }

    @Test
    void keeps_unknown_tokens_and_ignores_extra_spaces() {
        assertThat(detokenizer.detokenize("  a   --  b  ")).isEqualTo("a -- b");
        assertThat(detokenizer.detokenize("")).isEmpty();
    }

    @Test
    void counts_whitespace_separated_tokens() {
        assertThat(PtbDetokenizer.tokenCount("  It rained , again . ")).isEqualTo(5);
        assertThat(PtbDetokenizer.tokenCount("")).isZero();
        assertThat(PtbDetokenizer.tokenCount("one\ttwo")).isEqualTo(2);
    }
}
