package org.storyline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ConsoleProgressTest {
    private final StringWriter err = new StringWriter();

    @Test
    void redraws_one_bar_per_stage_in_place_on_a_terminal() {
        ConsoleProgress progress = new ConsoleProgress(new PrintWriter(err), true);

        progress.advanced("analyze", 1, 4);
        progress.advanced("analyze", 4, 4);
        progress.advanced("compose", 0, 1);
        progress.finish();

        String[] lines = err.toString().replaceAll(" in \\d+\\.\\d s", " in T").split(System.lineSeparator(), -1);
        assertThat(lines)
                .containsExactly(
                        "\ranalyze  [######..................] 1/4\u001b[K"
                                + "\ranalyze  [########################] 4/4\u001b[K"
                                + "\ranalyze  [########################] 4/4 in T\u001b[K",
                        "\rcompose  [........................] 0/1\u001b[K"
                                + "\rcompose  [........................] 0/1 in T\u001b[K",
                        "");
    }

    @Test
    void prints_one_line_per_finished_stage_elsewhere() {
        ConsoleProgress progress = new ConsoleProgress(new PrintWriter(err), false);

        progress.advanced("analyze", 1, 4);
        progress.advanced("analyze", 4, 4);
        progress.advanced("compose", 1, 1);
        progress.finish();
        progress.finish();

        assertThat(err.toString().replaceAll(" in \\d+\\.\\d s", " in T").lines())
                .containsExactly("analyze: 4 of 4 done in T", "compose: 1 of 1 done in T");
    }
}
