package org.storyline.cli.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.storyline.model.Article;
import org.storyline.model.Brief;
import org.storyline.model.Diagnostic;
import org.storyline.model.SourceArticle;
import org.storyline.model.Story;
import org.storyline.model.StoryBrief;
import org.storyline.model.SummarySentence;

class JsonBriefWriterTest {
    private final JsonBriefWriter writer = new JsonBriefWriter();

    @Test
    void writes_a_small_brief_in_the_documented_layout() {
        Article article =
                new Article("a1", "in/a.txt", "", "Quiet day", List.of(), Optional.empty(), "en", "Nothing happened.");
        Story story = new Story("s1", List.of("a1"), new TreeMap<>(), List.of(), Optional.empty(), Optional.empty());
        StoryBrief brief = new StoryBrief(
                story,
                "Quiet day",
                List.of(new SummarySentence(
                        "Nothing happened.", List.of(SampleBriefs.at(article, "Nothing happened.")))),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(new SourceArticle(article, Optional.empty())));
        Diagnostic warning =
                Diagnostic.warning("DATE_MISSING", "no publication date; give one in --manifest", "in/a.txt");

        String json = writer.write(new Brief(List.of(brief), List.of(warning)));

        assertThat(json)
                .isEqualTo(
                        """
                {
                  "stories": [
                    {
                      "id": "s1",
                      "headline": "Quiet day",
                      "summary": [
                        {
                          "text": "Nothing happened.",
                          "evidence": [
                            {
                              "article": "a1",
                              "start": 0,
                              "end": 17
                            }
                          ]
                        }
                      ],
                      "timeline": [],
                      "entities": [],
                      "quotes": [],
                      "claims": [],
                      "articles": [
                        {
                          "id": "a1",
                          "title": "Quiet day",
                          "url": "in/a.txt",
                          "outlet": null,
                          "published": null,
                          "published_source": null,
                          "duplicate_of": null
                        }
                      ]
                    }
                  ],
                  "diagnostics": [
                    {
                      "severity": "WARNING",
                      "code": "DATE_MISSING",
                      "message": "no publication date; give one in --manifest",
                      "location": "in/a.txt"
                    }
                  ]
                }
                """);
    }

    @Test
    void keeps_the_documented_field_order_for_every_record() throws Exception {
        JsonNode story = new ObjectMapper()
                .readTree(writer.write(SampleBriefs.riverBrief()))
                .get("stories")
                .get(0);

        assertThat(fieldNames(story))
                .containsExactly("id", "headline", "summary", "timeline", "entities", "quotes", "claims", "articles");
        assertThat(fieldNames(story.get("timeline").get(0))).containsExactly("date", "granularity", "text", "evidence");
        assertThat(fieldNames(story.get("entities").get(0)))
                .containsExactly("name", "type", "aliases", "role", "mentions");
        assertThat(fieldNames(story.get("quotes").get(0)))
                .containsExactly("speaker", "role", "text", "article", "start", "end");
        assertThat(fieldNames(story.get("claims").get(0)))
                .containsExactly(
                        "id",
                        "value",
                        "unit",
                        "what",
                        "event",
                        "qualifier",
                        "time_frame",
                        "text",
                        "date",
                        "evidence",
                        "differs_from");
    }

    @Test
    void writes_counts_as_whole_numbers_and_absent_values_as_null() throws Exception {
        JsonNode story = new ObjectMapper()
                .readTree(writer.write(SampleBriefs.riverBrief()))
                .get("stories")
                .get(0);
        JsonNode claim = story.get("claims").get(0);

        assertThat(claim.get("value").isIntegralNumber()).isTrue();
        assertThat(claim.get("value").asLong()).isEqualTo(1200);
        assertThat(claim.get("unit").isNull()).isTrue();
        assertThat(claim.get("date").isNull()).isTrue();
        assertThat(claim.get("differs_from").get(0).asText()).isEqualTo("c2");
        assertThat(story.get("entities").get(0).get("mentions").asInt()).isEqualTo(2);
        assertThat(story.get("quotes").get(0).get("start").asInt()).isEqualTo(65);
        assertThat(story.get("articles").get(1).get("outlet").isNull()).isTrue();
    }

    @Test
    void writes_the_same_bytes_for_the_same_brief() {
        assertThat(writer.write(SampleBriefs.riverBrief()))
                .isEqualTo(new JsonBriefWriter().write(SampleBriefs.riverBrief()));
    }

    @Test
    void the_documented_example_is_what_the_writer_writes() throws Exception {
        String doc = Files.readString(Path.of("../docs/brief-json.md"), StandardCharsets.UTF_8);
        int start = doc.indexOf("```json\n") + "```json\n".length();
        String example = doc.substring(start, doc.indexOf("```", start));

        assertThat(example).isEqualTo(writer.write(SampleBriefs.riverBrief()));
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
