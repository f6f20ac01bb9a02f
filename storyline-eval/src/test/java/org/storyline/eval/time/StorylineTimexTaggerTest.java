package org.storyline.eval.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.storyline.model.Span;

class StorylineTimexTaggerTest {
    @Test
    void resolves_against_the_creation_day_and_keeps_the_timeml_type_and_value() {
        String text = "The talks ended on 3 March 2014 after two weeks.";
        assertThat(new StorylineTimexTagger().tag(text, LocalDate.of(2014, 3, 5)))
                .contains(new Timex(new Span(19, 31), "3 March 2014", "DATE", "2014-03-03"));
    }
}
