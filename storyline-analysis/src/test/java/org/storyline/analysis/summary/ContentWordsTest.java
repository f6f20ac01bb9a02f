package org.storyline.analysis.summary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContentWordsTest {

    @Test
    void drops_stop_words_and_reporting_verbs_and_conflates_word_forms() {
        assertThat(ContentWords.of("The rebels said they had destroyed two bridges, officials reported."))
                .containsExactly("rebel", "destroy", "bridg", "official");
        assertThat(ContentWords.of("destroying destroys destroyed")).containsExactly("destroy", "destroy", "destroy");
        assertThat(ContentWords.of("evacuate evacuated evacuating")).containsExactly("evacuat", "evacuat", "evacuat");
        assertThat(ContentWords.of("cities city")).containsExactly("city", "city");
    }

    @Test
    void normalises_numbers_and_splits_hyphenated_words() {
        assertThat(ContentWords.of("More than 50,000 fled; 3.5 percent; a cease-fire"))
                .containsExactly("50000", "fled", "3.5", "percent", "ceas", "fir");
    }

    @Test
    void drops_possessives() {
        assertThat(ContentWords.of("Korvik's mayor")).containsExactly("korvik", "mayor");
    }
}
