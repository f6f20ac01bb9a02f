package org.storyline.analysis.alias;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NameFormsTest {

    @Test
    void cleaning_removes_possessive_leading_the_and_extra_spaces() {
        assertThat(NameForms.clean("  Karel   Novak's ")).isEqualTo("Karel Novak");
        assertThat(NameForms.clean("the United Nations")).isEqualTo("United Nations");
        assertThat(NameForms.clean("Velmar Farmers'")).isEqualTo("Velmar Farmers");
    }

    @Test
    void keys_ignore_case_dots_accents_titles_arabic_articles_and_british_spelling() {
        assertThat(NameForms.key("U.N.")).isEqualTo("un");
        assertThat(NameForms.key("Omar al-Rashid")).isEqualTo(NameForms.key("Omar Rashid"));
        assertThat(NameForms.key("Mr. Novak")).isEqualTo("novak");
        assertThat(NameForms.key("Ministry of Defence")).isEqualTo("ministry of defense");
        assertThat(NameForms.key("World Health Organisation")).isEqualTo("world health organization");
        assertThat(NameForms.key("Food Programme")).isEqualTo("food program");
        assertThat(NameForms.key("Zoë Müller")).isEqualTo("zoe muller");
        assertThat(NameForms.key("Mr")).isEqualTo("mr");
    }

    @Test
    void acronyms_are_two_to_six_capitals_and_initials_skip_function_words() {
        assertThat(NameForms.acronym("U.N.")).contains("un");
        assertThat(NameForms.acronym("WFP")).contains("wfp");
        assertThat(NameForms.acronym("Velmar")).isEmpty();
        assertThat(NameForms.acronym("X")).isEmpty();
        assertThat(NameForms.initials(List.of("world", "food", "program"))).contains("wfp");
        assertThat(NameForms.initials(List.of("ministry", "of", "defense"))).contains("md");
        assertThat(NameForms.initials(List.of("velmar"))).isEmpty();
    }
}
