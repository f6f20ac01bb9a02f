package org.storyline.analysis.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storyline.analysis.story.ArticleFixture.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;
import org.storyline.model.AnalyzedArticle;

class DuplicateDetectorTest {

    static final String WIRE = "Rescue teams in the river town of Velmar pulled four fishermen from the water on "
            + "Sunday after their boat capsized in a sudden squall, the regional coast guard said.\n\n"
            + "The men had set out before dawn to check their nets near the mouth of the Drava estuary, where "
            + "the current is strongest in early spring, according to a harbour official.\n\n"
            + "Two of them were taken to the district hospital with hypothermia and were in a stable "
            + "condition, while the other two were treated at the scene and sent home.\n\n"
            + "Local fishermen have long asked the council to pay for a second rescue boat, saying the one "
            + "stationed in Velmar is too old to go out in rough weather.";

    private final DuplicateDetector detector = new DuplicateDetector();

    @Test
    void finds_no_duplicates_among_different_reports() {
        var a = article("a1", "2020-03-01", "Storm", "A storm hit the coastal town of Velmar on Sunday night.")
                .build();
        var b = article("a2", "2020-03-01", "Vote", "Parliament passed the budget after a long debate on Monday.")
                .build();

        assertThat(detector.findDuplicates(List.of(a, b))).isEmpty();
    }

    @Test
    void syndicated_copy_with_new_headline_outlet_line_and_trimmed_end_is_a_duplicate() {
        var original = article("a2", "2020-03-01", "Four fishermen rescued off Velmar", WIRE)
                .build();
        String trimmed = WIRE.substring(0, WIRE.lastIndexOf("\n\n"));
        var copy = article("a1", "2020-03-02", "Boat capsizes in squall", "VELMAR (Drava Daily Courier) -- " + trimmed)
                .build();

        assertThat(detector.findDuplicates(List.of(copy, original))).containsExactly(Map.entry("a1", "a2"));
    }

    @Test
    void separately_written_report_of_the_same_event_is_not_a_duplicate() {
        var wire = article("a1", "2020-03-01", "Four fishermen rescued", WIRE).build();
        var own = article(
                        "a2",
                        "2020-03-01",
                        "Squall capsizes Velmar boat",
                        "Four fishermen were rescued from the Drava estuary near Velmar on Sunday when a squall "
                                + "overturned their boat. The coast guard said two men suffered from hypothermia and "
                                + "were taken to hospital. Fishermen in Velmar have asked the council for a newer "
                                + "rescue boat for years.")
                .build();

        assertThat(detector.findDuplicates(List.of(wire, own))).isEmpty();
    }

    @Test
    void original_is_the_earliest_published_then_smallest_id_and_undated_last() {
        var undated = article("a0", "", "", WIRE).build();
        var laterSameDayB = article("b9", "2020-03-02", "", WIRE).build();
        var laterSameDayA = article("a9", "2020-03-02", "", WIRE).build();
        var earliest = article("z1", "2020-03-01", "", WIRE).build();

        SortedMap<String, String> copies =
                detector.findDuplicates(List.of(undated, laterSameDayB, laterSameDayA, earliest));

        assertThat(copies).containsExactly(Map.entry("a0", "z1"), Map.entry("a9", "z1"), Map.entry("b9", "z1"));
    }

    @Test
    void short_teaser_inside_a_long_article_is_not_a_copy() {
        String teaser = WIRE.substring(0, WIRE.indexOf("\n\n"));
        var full = article("a1", "2020-03-01", "", WIRE).build();
        var brief = article("a2", "2020-03-01", "", teaser).build();

        assertThat(detector.findDuplicates(List.of(full, brief))).isEmpty();
    }

    @Test
    void empty_bodies_are_never_copies_but_identical_one_liners_are() {
        var e1 = article("a1", "2020-03-01", "Photo", "").build();
        var e2 = article("a2", "2020-03-01", "Photo", "").build();
        var s1 = article("a3", "2020-03-01", "", "Velmar bridge closed.").build();
        var s2 = article("a4", "2020-03-01", "", "VELMAR BRIDGE CLOSED").build();

        assertThat(detector.findDuplicates(List.of(e1, e2, s1, s2))).containsExactly(Map.entry("a4", "a3"));
    }

    @Test
    void long_copies_are_found_through_sampled_shingles() {
        StringBuilder sb = new StringBuilder();
        Random words = new Random(7);
        for (int i = 0; i < 400; i++) {
            sb.append("w").append(words.nextInt(5000)).append(' ');
        }
        String longText = sb.toString();
        var a = article("a1", "2020-03-01", "", longText).build();
        var b = article("a2", "2020-03-02", "", "Outlet line. " + longText.substring(0, longText.length() * 4 / 5))
                .build();

        assertThat(detector.findDuplicates(List.of(b, a))).containsExactly(Map.entry("a2", "a1"));
    }

    @Test
    void every_copy_points_to_the_earliest_member_of_its_group_for_random_input() {
        long seed = new Random().nextLong();
        Random random = new Random(seed);
        String[] bodies = {
            WIRE,
            WIRE.substring(0, WIRE.lastIndexOf("\n\n")),
            "Velmar bridge closed today.",
            "Parliament passed the budget after a long debate.",
            ""
        };
        List<AnalyzedArticle> articles = new ArrayList<>();
        int n = 1 + random.nextInt(12);
        for (int i = 0; i < n; i++) {
            String day = random.nextBoolean() ? "" : "2020-03-0" + (1 + random.nextInt(9));
            articles.add(article("a" + i, day, "", bodies[random.nextInt(bodies.length)])
                    .build());
        }

        SortedMap<String, String> copies = detector.findDuplicates(articles);

        for (Map.Entry<String, String> e : copies.entrySet()) {
            assertThat(copies)
                    .as("seed %d: original %s is no copy", seed, e.getValue())
                    .doesNotContainKey(e.getValue());
            AnalyzedArticle copy = byId(articles, e.getKey());
            AnalyzedArticle original = byId(articles, e.getValue());
            assertThat(DuplicateDetector.originalFirst().compare(original.article(), copy.article()))
                    .as("seed %d: %s before %s", seed, e.getValue(), e.getKey())
                    .isNegative();
            assertThat(copy.article().text()).as("seed %d", seed).isNotEmpty();
        }
    }

    private static AnalyzedArticle byId(List<AnalyzedArticle> articles, String id) {
        return articles.stream()
                .filter(a -> a.article().id().equals(id))
                .findFirst()
                .orElseThrow();
    }
}
