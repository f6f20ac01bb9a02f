package org.storyline.eval.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.storyline.eval.BadDataException;

class ReportTasksTest {

    @Test
    void selects_named_tasks_in_report_order() {
        assertThat(ReportTasks.select(List.of("time", " Extraction ")))
                .extracting(ReportTask::key)
                .containsExactly("extraction", "time");
        assertThat(ReportTasks.select(List.of())).hasSize(ReportTasks.all().size());
    }

    @Test
    void an_unknown_task_is_bad_usage_listing_the_known_ones() {
        assertThatThrownBy(() -> ReportTasks.select(List.of("time", "nope")))
                .isInstanceOf(BadDataException.class)
                .hasMessageStartingWith("unknown task(s) [nope] in --tasks; known: extraction,metadata,ner,");
    }

    @Test
    void builds_the_command_a_user_types_from_the_data_root_as_written() {
        ReportTask ner = ReportTasks.find("ner-conllpp").orElseThrow();
        assertThat(ner.commandLine("../shared/data/"))
                .isEqualTo("./storyline eval ner --data ../shared/data/conllpp_crossweigh/conllpp_test.txt --json");
        assertThat(ner.arguments("d"))
                .containsExactly("ner", "--data", "d/conllpp_crossweigh/conllpp_test.txt", "--json");
    }

    @Test
    void every_target_and_anchor_names_a_task_of_the_report() {
        List<String> keys = ReportTasks.all().stream().map(ReportTask::key).toList();
        assertThat(Anchors.targets()).extracting(Target::task).allMatch(keys::contains);
        assertThat(Anchors.published()).extracting(Anchor::task).allMatch(keys::contains);
    }
}
