package org.storyline.eval.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DetokenizerTest {
    @Test
    void restores_brackets_quotes_clitics_and_punctuation() {
        assertThat(Detokenizer.detokenize("In Thursday 's decrees -LRB- Sana -RRB- , he said it was `` useless '' ."))
                .isEqualTo("In Thursday's decrees (Sana), he said it was “useless”.");
        assertThat(Detokenizer.detokenize("They do n't pay $ 5 , 000 for 40 % ."))
                .isEqualTo("They don't pay $5, 000 for 40%.");
    }
}
