package org.storyline.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AuthorNamesTest {
    private final AuthorNames names = new AuthorNames("Daily Example");

    @Test
    void splits_by_line_with_and() {
        assertThat(names.clean(List.of("By Jane Doe and John Roe"))).containsExactly("Jane Doe", "John Roe");
    }

    @Test
    void drops_wire_credit_after_a_person() {
        assertThat(names.clean(List.of("By Jane Doe | Reuters"))).containsExactly("Jane Doe");
        assertThat(names.clean(List.of("Reuters"))).containsExactly("Reuters");
    }

    @Test
    void strips_labels_and_trailing_dates() {
        assertThat(names.clean(List.of("Veröffentlicht von Anna Berg am 3. Mai 2019")))
                .containsExactly("Anna Berg");
        assertThat(names.clean(List.of("View all posts by Jane Doe"))).containsExactly("Jane Doe");
        assertThat(names.clean(List.of("Author: Jane Doe"))).containsExactly("Jane Doe");
    }

    @Test
    void drops_urls_outlet_names_and_duplicates() {
        assertThat(names.clean(List.of("https://example.com/jane", "Daily Example", "Jane Doe", "jane doe")))
                .containsExactly("Jane Doe");
    }
}
