package org.storyline.eval.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.storyline.model.AnalyzedArticle;
import org.storyline.model.Anchor;
import org.storyline.model.Article;
import org.storyline.model.DateMention;
import org.storyline.model.DateSource;
import org.storyline.model.Granularity;
import org.storyline.model.PublishedDate;
import org.storyline.model.Sentence;
import org.storyline.model.Span;
import org.storyline.model.TimexType;

class BaselineTimelinesTest {
    private static final LocalDate MAY_1 = LocalDate.parse("2031-05-01");
    private static final LocalDate MAY_3 = LocalDate.parse("2031-05-03");

    /** An article of one-sentence paragraphs; "{date}" in a sentence marks a day mention of that ISO date. */
    private static AnalyzedArticle article(String id, LocalDate published, String... sentences) {
        StringBuilder text = new StringBuilder();
        List<Sentence> spans = new ArrayList<>();
        List<DateMention> dates = new ArrayList<>();
        for (String s : sentences) {
            if (text.length() > 0) {
                text.append("\n\n");
            }
            int start = text.length();
            String plain = s.replaceAll("\\{([0-9-]+)\\}", "$1");
            text.append(plain);
            spans.add(new Sentence(spans.size(), new Span(start, text.length()), spans.size()));
            Matcher m = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}").matcher(plain);
            while (m.find() && s.contains("{" + m.group() + "}")) {
                dates.add(new DateMention(
                        new Span(start + m.start(), start + m.end()),
                        m.group(),
                        TimexType.DATE,
                        m.group(),
                        Granularity.DAY,
                        Anchor.ABSOLUTE));
            }
        }
        Article a = new Article(
                id,
                id,
                "",
                "",
                List.of(),
                Optional.of(new PublishedDate(published, DateSource.SUPPLIED)),
                "en",
                text.toString());
        return new AnalyzedArticle(a, spans, List.of(), dates, List.of(), List.of(), List.of());
    }

    private static TlsInput input(int dates, int sentences) {
        return new TlsInput(
                List.of(
                        article(
                                "a1",
                                MAY_3,
                                "On {2031-05-01} the harbor wall of Pellmouth broke in the storm surge.",
                                "Residents said the harbor wall broke on {2031-05-01} before dawn.",
                                "Officials met on {2031-05-03} to plan repairs to the wall."),
                        article(
                                "a2",
                                MAY_3,
                                "The Pellmouth harbor wall broke on {2031-05-01} and flooded the port.",
                                "Repair crews arrived with cranes and sandbags late in the week.")),
                MAY_1,
                MAY_3,
                dates,
                sentences);
    }

    @Test
    void datewise_picks_the_most_mentioned_day_and_its_most_central_sentence() {
        Timeline t = new DatewiseTimeline().predict(input(1, 1));
        assertThat(t.dates()).containsExactly(MAY_1);
        assertThat(t.days().get(MAY_1)).hasSize(1);
        assertThat(t.days().get(MAY_1).get(0)).contains("harbor wall");
    }

    @Test
    void datewise_fills_the_budget_with_the_next_days() {
        Timeline t = new DatewiseTimeline().predict(input(2, 1));
        assertThat(t.dates()).containsExactly(MAY_1, MAY_3);
    }

    @Test
    void clust_dates_a_cluster_by_its_most_mentioned_day() {
        Timeline t = new ClusterTimeline().predict(input(1, 2));
        assertThat(t.dates()).containsExactly(MAY_1);
        assertThat(t.days().get(MAY_1)).hasSizeBetween(1, 2);
    }

    @Test
    void only_articles_published_inside_the_reference_window_are_input() {
        Timeline reference = new Timeline(
                "r", new TreeMap<>(Map.of(MAY_1, List.of("x"), LocalDate.parse("2031-05-02"), List.of("y"))));
        List<AnalyzedArticle> analyzed = List.of(
                article("in", MAY_1, "A sentence about the harbor wall today."),
                article("out", MAY_3, "A later sentence about the harbor wall."));
        TlsInput in = TimelineCommand.input(analyzed, reference);
        assertThat(in.articles()).extracting(a -> a.article().id()).containsExactly("in");
        assertThat(in.maxDates()).isEqualTo(2);
        assertThat(in.sentencesPerDate()).isEqualTo(1);
    }
}
