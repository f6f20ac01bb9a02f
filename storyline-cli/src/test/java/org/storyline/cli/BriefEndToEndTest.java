package org.storyline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyline.analysis.Engine;
import org.storyline.analysis.entity.NerModel;

/**
 * Runs {@code storyline brief} with the whole engine on the fictional example story in {@code examples/} and
 * checks what a reader of the brief relies on. Loads the NER model once for the class.
 */
class BriefEndToEndTest {
    private static final Path STORY = Path.of("../examples/harbor-flood");

    private static NerModel model;

    @TempDir
    Path dir;

    @BeforeAll
    static void loadModel() {
        model = NerModel.load();
    }

    private String run(Path out) {
        StringWriter err = new StringWriter();
        int status = Main.run(
                new String[] {
                    "brief",
                    STORY.toString(),
                    "--manifest",
                    STORY.resolve("manifest.json").toString(),
                    "--out",
                    out.toString(),
                    "--threads",
                    "2"
                },
                new PrintWriter(new StringWriter()),
                new PrintWriter(err),
                false,
                new EnginePipeline(config -> Engine.create(config, model)));
        assertThat(status).as(err.toString()).isZero();
        assertThat(err.toString()).contains("5 articles briefed in 1 story, 0 inputs skipped");
        try {
            return Files.readString(out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void briefs_the_example_story_with_citations_dates_aliases_quotes_and_differing_figures() throws Exception {
        JsonNode root = new ObjectMapper().readTree(run(dir.resolve("brief.json")));
        JsonNode story = root.get("stories").get(0);
        Map<String, String> outletById = new HashMap<>();
        Map<String, String> idByOutlet = new HashMap<>();
        for (JsonNode article : story.get("articles")) {
            outletById.put(article.get("id").asText(), article.get("outlet").asText());
            idByOutlet.put(article.get("outlet").asText(), article.get("id").asText());
        }
        assertThat(root.get("stories")).hasSize(1);
        assertThat(outletById.values())
                .containsExactlyInAnyOrder(
                        "The Maren Bay Courier",
                        "Meridian Wire",
                        "Lowland Gazette",
                        "The Coastal Herald",
                        "The Maren Bay Courier");

        // every summary sentence is cited, and some sentence is cited from two outlets at once
        List<Set<String>> citedOutlets = new ArrayList<>();
        for (JsonNode sentence : story.get("summary")) {
            Set<String> outlets = new TreeSet<>();
            sentence.get("evidence")
                    .forEach(e -> outlets.add(outletById.get(e.get("article").asText())));
            assertThat(outlets).as(sentence.get("text").asText()).isNotEmpty().doesNotContainNull();
            citedOutlets.add(outlets);
        }
        assertThat(citedOutlets).anySatisfy(outlets -> assertThat(outlets).hasSizeGreaterThanOrEqualTo(2));

        // "on Monday night" in reports of Tuesday is 2025-03-10; "on Friday" is 2025-03-07
        assertThat(textsOn(story, "2025-03-10")).anySatisfy(t -> assertThat(t).contains("on Monday night"));
        assertThat(textsOn(story, "2025-03-07")).anySatisfy(t -> assertThat(t).contains("on Friday"));

        assertThat(entity(story, "Helena Varga").get("aliases").toString()).contains("\"Varga\"");
        assertThat(entity(story, "Coastal Resilience Agency").get("aliases").toString())
                .contains("\"CRA\"");

        assertThat(story.get("quotes")).anySatisfy(q -> {
            assertThat(q.get("speaker").asText()).isEqualTo("Tomas Okafor");
            assertThat(q.get("text").asText()).contains("never seen the water come in this fast");
        });

        // the Coastal Herald's 1,500 evacuated is flagged against the others' 1,200
        JsonNode herald = claim(story, 1500);
        assertThat(herald.get("evidence").get(0).get("article").asText())
                .isEqualTo(idByOutlet.get("The Coastal Herald"));
        List<Long> differingValues = new ArrayList<>();
        herald.get("differs_from")
                .forEach(id -> differingValues.add(
                        claimById(story, id.asText()).get("value").asLong()));
        assertThat(differingValues).contains(1200L);

        assertThat(article(story, "Lowland Gazette").get("duplicate_of").asText())
                .isEqualTo(idByOutlet.get("Meridian Wire"));
    }

    @Test
    void the_html_brief_links_every_citation_to_a_highlighted_source_sentence() {
        String html = run(dir.resolve("brief.html"));

        Set<String> marks = new TreeSet<>(all(Pattern.compile("<mark id=\"([^\"]+)\""), html));
        List<String> cites = all(Pattern.compile("<a class=\"cite\" href=\"#([^\"]+)\""), html);
        assertThat(cites).isNotEmpty().allSatisfy(target -> assertThat(marks).contains(target));
        assertThat(html)
                .contains("<tr class=\"differs\">", "Tomas Okafor", "duplicate of")
                .doesNotContain("cookies on your device", "<link", " src=\"");
    }

    private static List<String> textsOn(JsonNode story, String date) {
        List<String> texts = new ArrayList<>();
        story.get("timeline").forEach(e -> {
            if (e.get("date").asText().equals(date)) {
                texts.add(e.get("text").asText());
            }
        });
        return texts;
    }

    private static JsonNode entity(JsonNode story, String name) {
        return find(story.get("entities"), e -> e.get("name").asText().equals(name), "entity " + name);
    }

    private static JsonNode claim(JsonNode story, long value) {
        return find(
                story.get("claims"),
                c -> c.get("value").asLong() == value && !c.get("differs_from").isEmpty(),
                "a differing claim of " + value);
    }

    private static JsonNode claimById(JsonNode story, String id) {
        return find(story.get("claims"), c -> c.get("id").asText().equals(id), "claim " + id);
    }

    private static JsonNode article(JsonNode story, String outlet) {
        return find(story.get("articles"), a -> a.get("outlet").asText().equals(outlet), "article from " + outlet);
    }

    private static JsonNode find(JsonNode array, Predicate<JsonNode> wanted, String what) {
        for (JsonNode node : array) {
            if (wanted.test(node)) {
                return node;
            }
        }
        throw new AssertionError("expected " + what + " in " + array);
    }

    private static List<String> all(Pattern pattern, String text) {
        List<String> found = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }
}
