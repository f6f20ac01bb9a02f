package org.storyline.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EvalReportTest {
    private static EvalReport report() {
        Map<String, Map<String, Double>> systems = new LinkedHashMap<>();
        Map<String, Double> storyline = new LinkedHashMap<>();
        storyline.put("f1", 0.75);
        storyline.put("pages_per_s", 12.345678912);
        systems.put("storyline", storyline);
        systems.put("peer", Map.of("f1", 0.5));
        return new EvalReport("extraction", "data/x", systems, List.of("2 pages"));
    }

    @Test
    void json_is_one_object_with_task_data_and_systems_in_insertion_order() {
        assertThat(report().toJson())
                .isEqualTo("{\"task\":\"extraction\",\"data\":\"data/x\",\"systems\":{\"storyline\":"
                        + "{\"f1\":0.75,\"pages_per_s\":12.345679},\"peer\":{\"f1\":0.5}}}");
    }

    @Test
    void table_has_a_row_per_system_and_a_dash_for_missing_metrics() {
        assertThat(report().toTable())
                .isEqualTo("extraction — data/x\n"
                        + "system     f1       pages_per_s\n"
                        + "storyline   0.7500         12.3\n"
                        + "peer        0.5000            -\n"
                        + "2 pages\n");
    }

    @Test
    void rejects_metric_names_that_are_not_lower_snake_case() {
        assertThatThrownBy(() -> new EvalReport("t", "d", Map.of("s", Map.of("F1", 1.0)), List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'F1'");
    }

    @Test
    void rejects_non_finite_scores() {
        assertThatThrownBy(() -> new EvalReport("t", "d", Map.of("s", Map.of("f1", Double.NaN)), List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("s.f1");
    }
}
