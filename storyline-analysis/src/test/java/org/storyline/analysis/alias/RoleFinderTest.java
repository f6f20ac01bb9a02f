package org.storyline.analysis.alias;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RoleFinderTest {

    @Test
    void premodifier_runs_to_the_last_role_word_or_its_complement() {
        assertThat(RoleFinder.premodifier("Velmar State Department spokesman "))
                .contains("Velmar State Department spokesman");
        assertThat(RoleFinder.premodifier("The UN envoy for Velmar ")).contains("UN envoy for Velmar");
        assertThat(RoleFinder.premodifier("On Monday, Prime Minister ")).contains("Prime Minister");
        assertThat(RoleFinder.premodifier("He met Mr ")).isEmpty();
        assertThat(RoleFinder.premodifier("Talks with ")).isEmpty();
    }

    @Test
    void apposition_takes_the_words_up_to_the_first_role_word() {
        assertThat(RoleFinder.apposition(", a senior aid official based in Velmar, said"))
                .contains("senior aid official");
        assertThat(RoleFinder.apposition(", spokesman for the Velmar Council, said"))
                .contains("spokesman for the Velmar Council");
        assertThat(RoleFinder.apposition(", who is a minister, said")).isEmpty();
        assertThat(RoleFinder.apposition(" said on Monday")).isEmpty();
        assertThat(RoleFinder.apposition(", 45, said")).isEmpty();
    }

    @Test
    void apposition_complement_keeps_lower_case_modifiers_before_the_name() {
        assertThat(RoleFinder.apposition(", a member of the opposition Velmar National Council, said"))
                .contains("member of the opposition Velmar National Council");
        assertThat(RoleFinder.apposition(", a leader of the exiled Korvask Workers Party, said"))
                .contains("leader of the exiled Korvask Workers Party");
        assertThat(RoleFinder.apposition(", a member of the club in Velmar, said"))
                .contains("member");
        assertThat(RoleFinder.apposition(", a member of the team, said")).contains("member");
    }
}
