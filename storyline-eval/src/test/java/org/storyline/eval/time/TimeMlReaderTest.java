package org.storyline.eval.time;

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
import org.storyline.model.Span;

class TimeMlReaderTest {
    private static final String DOCUMENT = "<?xml version=\"1.0\" ?><TimeML><DOCID>d1</DOCID>\n"
            + "<DCT><TIMEX3 functionInDocument=\"CREATION_TIME\" tid=\"t0\" type=\"DATE\" value=\"2014-05-09\">May 9,"
            + " 2014</TIMEX3></DCT>\n<TEXT>\nRain &amp; wind <EVENT eid=\"e1\">hit</EVENT> the town"
            + " <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2014-05-08\">Thursday</TIMEX3> for"
            + " <TIMEX3 type=\"DURATION\" value=\"PT3H\" tid=\"t2\">three hours</TIMEX3>.\n</TEXT></TimeML>";

    @Test
    void reads_the_dct_and_the_text_timexes_as_character_spans() {
        TimeMlDocument document = TimeMlReader.parse(DOCUMENT, "d1.tml");

        assertThat(document.id()).isEqualTo("d1");
        assertThat(document.creationTime()).isEqualTo(LocalDate.of(2014, 5, 9));
        assertThat(document.text()).isEqualTo("\nRain & wind hit the town Thursday for three hours.\n");
        assertThat(document.timexes())
                .containsExactly(
                        new Timex(new Span(26, 34), "Thursday", "DATE", "2014-05-08"),
                        new Timex(new Span(39, 50), "three hours", "DURATION", "PT3H"));
    }

    @Test
    void rejects_a_document_without_dct_naming_the_format() {
        assertThatThrownBy(() -> TimeMlReader.parse("<TimeML><TEXT>x</TEXT></TimeML>", "x.tml"))
                .isInstanceOf(BadDataException.class)
                .hasMessageContaining("x.tml has no <DCT>")
                .hasMessageContaining("TimeML files");
    }

    @Test
    void te3_platinum_has_20_documents_and_138_timexes_besides_the_dcts() {
        Optional<Path> data = SharedData.path("tempeval3/Evaluation/te3-platinum");
        assumeTrue(data.isPresent(), "shared TempEval-3 data not present");
        List<TimeMlDocument> documents = TimeMlReader.read(data.get());
        assertThat(documents).hasSize(20);
        assertThat(documents.stream().mapToInt(d -> d.timexes().size()).sum()).isEqualTo(138);
    }
}
