package org.storyline.eval.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.storyline.model.Figure;
import org.storyline.model.Qualifier;
import org.storyline.model.Span;

class FigureMappingTest {
    private static Figure figure(double value, String unit, String what, Qualifier qualifier) {
        return new Figure(new Span(0, 1), "x", value, unit, what, "", qualifier, "", false);
    }

    @Test
    void maps_units_to_cqe_spelling() {
        assertThat(FigureMapping.toCqe(figure(3.4, "%", "", Qualifier.ABOUT)))
                .isEqualTo(new CqeQuantity(CqeValue.of(3.4), "percentage", "~", List.of("-")));
        assertThat(FigureMapping.unit(figure(58, "USD per barrel", "", Qualifier.EXACT)))
                .isEqualTo("dollar per barrel");
        assertThat(FigureMapping.unit(figure(9, "km", "", Qualifier.EXACT))).isEqualTo("kilometre");
    }

    @Test
    void a_count_takes_its_counted_noun_as_unit_and_concept() {
        assertThat(FigureMapping.toCqe(figure(50000, "", "person", Qualifier.MORE_THAN)))
                .isEqualTo(new CqeQuantity(CqeValue.of(50000), "people", ">", List.of("person")));
        assertThat(FigureMapping.unit(figure(4, "", "", Qualifier.UP_TO))).isEqualTo("-");
        assertThat(FigureMapping.change(Qualifier.UP_TO)).isEqualTo("<");
    }
}
