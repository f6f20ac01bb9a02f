package org.storyline.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalMainTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return EvalMain.run(args, new PrintWriter(out), new PrintWriter(err));
    }

    @Test
    void a_wrong_data_path_exits_2_and_names_the_expected_layout(@TempDir Path empty) {
        assertThat(run("extraction", "--data", empty.toString())).isEqualTo(2);
        assertThat(err.toString())
                .contains("missing " + empty.resolve("ground-truth.json"))
                .contains("ground-truth.json ({id: {articleBody, url}}), html/<id>.html.gz");
    }

    @Test
    void a_missing_task_exits_2() {
        assertThat(run()).isEqualTo(2);
        // other tasks register after these four
        assertThat(err.toString()).contains("missing task: one of [extraction, metadata, ner, time");
    }

    @Test
    void a_missing_data_option_exits_2() {
        assertThat(run("ner")).isEqualTo(2);
        assertThat(err.toString()).contains("--data");
    }

    @Test
    void an_unknown_system_exits_2_and_lists_the_known_ones(@TempDir Path dir) throws IOException {
        fixture(dir);
        assertThat(run("extraction", "--data", dir.toString(), "--systems", "nope"))
                .isEqualTo(2);
        assertThat(err.toString()).contains("unknown system(s) [nope]").contains("storyline,readability4j,boilerpipe");
    }

    @Test
    void scores_published_outputs_and_prints_one_json_object(@TempDir Path dir) throws IOException {
        fixture(dir);
        assertThat(run("extraction", "--data", dir.toString(), "--reference", "--json"))
                .isEqualTo(0);
        // tool "half" finds "a b c d" of "a b c d e": precision 1, recall 0.5, F1 2/3
        assertThat(out.toString().strip())
                .isEqualTo(
                        "{\"task\":\"extraction\",\"data\":\"" + dir
                                + "\",\"systems\":{\"half\":{\"f1\":0.666667,\"precision\":1.0,\"recall\":0.5,\"accuracy\":0.0}}}");
    }

    private static void fixture(Path dir) throws IOException {
        Files.writeString(
                dir.resolve("ground-truth.json"), "{\"p1\": {\"articleBody\": \"a b c d e\", \"url\": \"u\"}}");
        Files.createDirectories(dir.resolve("html"));
        Files.createDirectories(dir.resolve("reference-outputs"));
        try (OutputStream gz = new GZIPOutputStream(Files.newOutputStream(dir.resolve("html/p1.html.gz")))) {
            gz.write("<p>a b c d e</p>".getBytes(StandardCharsets.UTF_8));
        }
        Files.writeString(dir.resolve("reference-outputs/half.json"), "{\"p1\": {\"articleBody\": \"a b c d\"}}");
    }
}
