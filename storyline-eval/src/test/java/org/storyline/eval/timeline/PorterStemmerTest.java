package org.storyline.eval.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PorterStemmerTest {
    @ParameterizedTest
    @CsvSource({
        "caresses, caress",
        "ponies, poni",
        "cats, cat",
        "feed, feed",
        "agreed, agre",
        "plastered, plaster",
        "motoring, motor",
        "sing, sing",
        "conflated, conflat",
        "troubled, troubl",
        "sized, size",
        "hopping, hop",
        "falling, fall",
        "filing, file",
        "happy, happi",
        "relational, relat",
        "conditional, condit",
        "digitizer, digit",
        "generalization, gener",
        "electrical, electr",
        "hopeful, hope",
        "goodness, good",
        "revival, reviv",
        "allowance, allow",
        "adjustment, adjust",
        "replacement, replac",
        "adoption, adopt",
        "effective, effect",
        "probate, probat",
        "rate, rate",
        "cease, ceas",
        "controlling, control",
        "roll, roll",
        "youth, youth",
        "yelling, yell",
        "protesters, protest",
        "killed, kill",
        "syrian, syrian"
    })
    void stems_like_porter_release_one(String word, String stem) {
        assertThat(PorterStemmer.stem(word)).isEqualTo(stem);
    }

    @ParameterizedTest
    @CsvSource({"agreement, agreem", "dependent, depend", "movement, movem"})
    void tries_ment_and_ent_again_after_the_first_step_four_rule_as_rouge_does(String word, String stem) {
        // agreement: -ement leaves m = 1 (kept), -ment leaves m = 1 (kept), -ent leaves "agreem" (m = 2): cut
        assertThat(PorterStemmer.stem(word)).isEqualTo(stem);
    }
}
