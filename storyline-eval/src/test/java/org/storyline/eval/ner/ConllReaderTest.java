package org.storyline.eval.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.storyline.eval.BadDataException;
import org.storyline.eval.SharedData;

class ConllReaderTest {
    @Test
    void splits_documents_at_docstart_and_sentences_at_blank_lines() {
        List<ConllDocument> documents = ConllReader.parse(
                List.of(
                        "-DOCSTART- -X- O O",
                        "",
                        "Mara NNP I-NP I-PER",
                        "sails VBZ I-VP O",
                        "",
                        "Oslo NNP I-NP I-LOC",
                        "",
                        "-DOCSTART- -X- O O",
                        "",
                        "Ok 12 14 O"),
                "test");

        assertThat(documents).hasSize(2);
        assertThat(documents.get(0).sentences())
                .containsExactly(
                        new ConllSentence(List.of("Mara", "sails"), List.of("I-PER", "O")),
                        new ConllSentence(List.of("Oslo"), List.of("I-LOC")));
        assertThat(documents.get(1).sentences()).containsExactly(new ConllSentence(List.of("Ok"), List.of("O")));
    }

    @Test
    void rejects_a_line_without_an_iob_tag_naming_the_line_and_format() {
        assertThatThrownBy(() -> ConllReader.parse(List.of("Mara NNP I-NP PERSON"), "x.conll"))
                .isInstanceOf(BadDataException.class)
                .hasMessageContaining("x.conll:1")
                .hasMessageContaining("CoNLL-2003 column file");
    }

    @Test
    void the_shared_test_sets_have_their_published_entity_counts() {
        // counts from the READMEs (Tjong Kim Sang & De Meulder 2003, Table 2, for eng.testb): they prove that the
        // conlleval chunk rules read IOB1 (eng.testb, the 2020 set) and IOB2 (CoNLL++) files right
        assertCounts("conll2003/eng.testb", 1617, 1668, 1661, 702);
        assertCounts("conllpp_crossweigh/conllpp_test.txt", 1618, 1646, 1715, 723);
        assertCounts("conll2020_liu_ritter/conllpp.txt", 981, 1128, 1201, 697);
    }

    private static void assertCounts(String file, int per, int loc, int org, int misc) {
        Optional<Path> data = SharedData.path(file);
        assumeTrue(data.isPresent(), "shared CoNLL data not present");
        List<List<String>> gold = ConllReader.read(data.get()).stream()
                .flatMap(d -> d.sentences().stream())
                .map(ConllSentence::tags)
                .toList();
        NerScore score = new ConllScorer().score(gold, gold);
        assertThat(score.type("PER").truePositives()).as(file).isEqualTo(per);
        assertThat(score.type("LOC").truePositives()).as(file).isEqualTo(loc);
        assertThat(score.type("ORG").truePositives()).as(file).isEqualTo(org);
        assertThat(score.type("MISC").truePositives()).as(file).isEqualTo(misc);
    }
}
