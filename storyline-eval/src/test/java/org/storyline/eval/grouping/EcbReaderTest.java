package org.storyline.eval.grouping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.storyline.eval.SharedData;

class EcbReaderTest {
    @Test
    void joins_tokens_into_sentences() {
        String xml = "<Document doc_name=\"9_1ecb.xml\">"
                + "<token t_id=\"1\" sentence=\"0\" number=\"0\">Dam</token>"
                + "<token t_id=\"2\" sentence=\"0\" number=\"1\">holds</token>"
                + "<token t_id=\"3\" sentence=\"0\" number=\"2\">.</token>"
                + "<token t_id=\"4\" sentence=\"1\" number=\"0\">Rain</token>"
                + "<token t_id=\"5\" sentence=\"1\" number=\"1\">&amp;</token>"
                + "<token t_id=\"6\" sentence=\"1\" number=\"2\">wind</token>"
                + "<Markables/></Document>";
        assertThat(EcbReader.text(xml)).isEqualTo("Dam holds.\n\nRain & wind");
    }

    @Test
    void reads_982_documents_in_86_sub_topics() {
        Optional<Path> root = SharedData.path("ecbplus");
        assumeTrue(root.isPresent(), "shared data not present");
        List<EcbDocument> documents = EcbReader.read(root.get());
        assertThat(documents).hasSize(982);
        assertThat(documents.stream().map(EcbDocument::subTopic).distinct().count())
                .isEqualTo(86);
    }
}
