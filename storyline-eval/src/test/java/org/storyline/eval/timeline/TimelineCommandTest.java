package org.storyline.eval.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyline.eval.EvalMain;

class TimelineCommandTest {
    @Test
    void a_data_folder_without_the_benchmark_layout_exits_2_naming_the_layout(@TempDir Path empty) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = EvalMain.run(
                new String[] {"timeline", "--data", empty.toString()}, new PrintWriter(out), new PrintWriter(err));
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("eval timeline: ").contains("expected");
        assertThat(out.toString()).isEmpty();
    }
}
