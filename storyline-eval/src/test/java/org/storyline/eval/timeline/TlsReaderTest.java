package org.storyline.eval.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.storyline.eval.BadDataException;
import org.storyline.eval.SharedData;

class TlsReaderTest {
    @Test
    void parses_tilse_timeline_blocks() {
        Timeline t = TimelineFiles.parse(
                "2011-04-22\nA happened .\nB followed .\n--------------------------------\n"
                        + "2011-10-03\nC formed .\n--------------------------------\n",
                "tl.txt");
        assertThat(t.dates()).containsExactly(LocalDate.parse("2011-04-22"), LocalDate.parse("2011-10-03"));
        assertThat(t.days().get(LocalDate.parse("2011-04-22"))).containsExactly("A happened .", "B followed .");
        assertThat(t.sentencesPerDate()).isEqualTo(2);
    }

    @Test
    void rejects_a_block_without_a_date() {
        assertThatThrownBy(() -> TimelineFiles.parse("Something .\n", "bad.txt"))
                .isInstanceOf(BadDataException.class)
                .hasMessageContaining("bad.txt");
    }

    @Test
    void parses_csv_rows_with_python_lists() {
        List<List<String>> rows =
                SimpleCsv.parse("time,Sentences\n2012-01-05,\"[\"\"It's x .\"\", 'Say \\'yes\\' .']\"\n");
        assertThat(rows).hasSize(2);
        assertThat(PythonStringList.parse(rows.get(1).get(1), "t")).containsExactly("It's x .", "Say 'yes' .");
    }

    @Test
    void reads_timeline17_as_nine_topics_with_nineteen_timelines() {
        Optional<Path> root = SharedData.path("timeline17");
        assumeTrue(root.isPresent(), "shared data not present");
        TlsDataset data = TlsReader.read(root.get());
        assertThat(data.topics()).hasSize(9);
        assertThat(data.topics().stream().mapToInt(t -> t.references().size()).sum())
                .isEqualTo(19);
    }

    @Test
    void reads_crisis_with_only_syria_runnable() {
        Optional<Path> root = SharedData.path("crisis");
        assumeTrue(root.isPresent(), "shared data not present");
        TlsDataset data = TlsReader.read(root.get());
        assertThat(data.topics()).extracting(TlsTopic::name).containsExactly("syria");
        assertThat(data.skipped()).hasSize(3);
        assertThat(data.topics().get(0).articles()).hasSize(612);
    }
}
