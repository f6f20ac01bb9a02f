package org.storyline.analysis.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.storyline.analysis.sentence.SentenceSplitter;
import org.storyline.model.EntityMention;
import org.storyline.model.EntityType;
import org.storyline.model.Sentence;
import org.storyline.model.Span;

class EntityRecognizerTest {

    private final EntityRecognizer recognizer = new EntityRecognizer(SharedNer.model());
    private final SentenceSplitter splitter = new SentenceSplitter();

    private List<EntityMention> recognize(String text) {
        return recognizer.recognize(text, splitter.split(text));
    }

    private static EntityMention mention(String text, String covered, EntityType type) {
        int start = text.indexOf(covered);
        return new EntityMention(new Span(start, start + covered.length()), covered, type);
    }

    @Test
    void finds_people_organisations_and_places_with_exact_spans() {
        String text = "UN envoy Maria Lindqvist met Foreign Minister Tomas Berg in Geneva on Monday.";
        assertThat(recognize(text))
                .containsExactly(
                        mention(text, "UN", EntityType.ORGANIZATION),
                        mention(text, "Maria Lindqvist", EntityType.PERSON),
                        mention(text, "Tomas Berg", EntityType.PERSON),
                        mention(text, "Geneva", EntityType.LOCATION));
    }

    @Test
    void keeps_titles_and_possessives_out_of_the_span() {
        String text =
                "Mr. Olsen and Mrs. Karin Dahl visited Norway's capital.\n\nGen. Marco Ruiz's troops left Aleppo.";
        assertThat(recognize(text))
                .containsExactly(
                        mention(text, "Olsen", EntityType.PERSON),
                        mention(text, "Karin Dahl", EntityType.PERSON),
                        mention(text, "Norway", EntityType.LOCATION),
                        mention(text, "Marco Ruiz", EntityType.PERSON),
                        mention(text, "Aleppo", EntityType.LOCATION));
    }

    @Test
    void maps_offsets_back_through_quotes_and_later_sentences() {
        String text = "Talks stalled.  \"We will stay,\" said Jonas Ek of the World Health Organization in Damascus.";
        assertThat(recognize(text))
                .containsExactly(
                        mention(text, "Jonas Ek", EntityType.PERSON),
                        mention(text, "World Health Organization", EntityType.ORGANIZATION),
                        mention(text, "Damascus", EntityType.LOCATION));
    }

    @Test
    void reads_only_inside_the_given_sentences() {
        String text = "Anna Holm arrived. Lars Vik left.";
        List<Sentence> second = List.of(new Sentence(0, new Span(19, 33), 0));
        assertThat(recognizer.recognize(text, second)).containsExactly(mention(text, "Lars Vik", EntityType.PERSON));
        assertThat(recognizer.recognize(text, List.of())).isEmpty();
        assertThat(recognize("")).isEmpty();
    }

    @Test
    void rejects_a_sentence_outside_the_text() {
        List<Sentence> beyond = List.of(new Sentence(0, new Span(0, 50), 0));
        assertThatThrownBy(() -> recognizer.recognize("Short text.", beyond))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("length 11");
    }

    @Test
    void gives_the_same_mentions_from_several_threads() throws InterruptedException, ExecutionException {
        List<String> texts = List.of(
                "Prime Minister Elin Sand flew from Oslo to Brussels for talks with NATO.",
                "The Red Cross said fighting near Homs forced Omar Haddad to flee.",
                "Officials in Kabul met envoys of the European Union on Tuesday.",
                "Reporters asked Sofia Marin about the World Bank loan to Peru.");
        List<List<EntityMention>> expected = texts.stream().map(this::recognize).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<EntityMention>>> futures = new ArrayList<>();
            for (int round = 0; round < 40; round++) {
                String text = texts.get(round % texts.size());
                futures.add(pool.submit(() -> recognize(text)));
            }
            for (int round = 0; round < futures.size(); round++) {
                assertThat(futures.get(round).get()).isEqualTo(expected.get(round % texts.size()));
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(expected.get(0)).contains(mention(texts.get(0), "Elin Sand", EntityType.PERSON));
    }
}
