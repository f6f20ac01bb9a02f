package org.storyline.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.storyline.analysis.brief.BriefComposer;
import org.storyline.analysis.entity.EntityRecognizer;
import org.storyline.analysis.entity.SharedNer;
import org.storyline.model.AnalyzedArticle;
import org.storyline.model.Article;
import org.storyline.model.Brief;
import org.storyline.model.DateSource;
import org.storyline.model.EntityType;
import org.storyline.model.PublishedDate;
import org.storyline.model.StoryBrief;

class EngineTest {
    private static Engine engine;

    @BeforeAll
    static void createEngine() {
        engine = Engine.create(new EngineConfig(2, 5), SharedNer.model());
    }

    private static Article article(String id, String outlet, String published, String text) {
        return new Article(
                id,
                "file:" + id + ".txt",
                outlet,
                "",
                List.of(),
                Optional.of(new PublishedDate(LocalDate.parse(published), DateSource.SUPPLIED)),
                "en",
                text);
    }

    @Test
    void analyzes_one_article_with_every_stage() {
        Article article = article(
                "a1",
                "Valley Post",
                "2031-03-06",
                "Floodwater forced more than 3,000 people from their homes in Marrow on Tuesday, officials said.\n\n"
                        + "\"We have never seen the river this high,\" mayor Ingrid Solberg told reporters.");

        AnalyzedArticle analyzed = engine.analyze(article);

        assertThat(analyzed.sentences()).hasSize(2);
        assertThat(analyzed.entities())
                .anySatisfy(e -> assertThat(e.text()).isEqualTo("Ingrid Solberg"))
                .anySatisfy(e -> assertThat(e.type()).isEqualTo(EntityType.PERSON));
        assertThat(analyzed.dates()).anySatisfy(d -> assertThat(d.value()).isEqualTo("2031-03-04"));
        assertThat(analyzed.figures()).anySatisfy(f -> assertThat(f.value()).isEqualTo(3000.0));
        assertThat(analyzed.quotes()).anySatisfy(q -> assertThat(q.speaker()).isEqualTo("Ingrid Solberg"));
        assertThat(analyzed.diagnostics()).isEmpty();
    }

    @Test
    void briefs_two_reports_of_one_event_as_one_cited_story() {
        Article first = article(
                "a1",
                "Valley Post",
                "2031-03-06",
                "Floodwater forced more than 3,000 people from their homes in Marrow on Tuesday, officials said.\n\n"
                        + "The river Lenne burst its banks after four days of heavy rain in the Marrow valley.");
        Article second = article(
                "a2",
                "Lenne Courier",
                "2031-03-07",
                "More than 3,000 people were forced from their homes in Marrow on Tuesday by floodwater, officials said.\n\n"
                        + "Four days of heavy rain made the river Lenne burst its banks across the Marrow valley.");

        Brief brief = engine.brief(List.of(first, second), List.of(), Progress.none());

        assertThat(brief.stories()).hasSize(1);
        StoryBrief story = brief.stories().get(0);
        assertThat(story.sources()).hasSize(2);
        assertThat(story.summary()).isNotEmpty();
        assertThat(story.summary().get(0).evidence())
                .extracting(e -> e.articleId())
                .containsExactlyInAnyOrder("a1", "a2");
        assertThat(story.timeline())
                .anySatisfy(entry -> assertThat(entry.date()).isEqualTo(LocalDate.parse("2031-03-04")));
    }

    @Test
    void keeps_article_order_when_analyzing_in_parallel() {
        List<Article> articles = List.of(
                article("a1", "", "2031-01-01", "First report from the coast."),
                article("a2", "", "2031-01-02", "Second report from the hills."),
                article("a3", "", "2031-01-03", "Third report from the plain."));

        List<AnalyzedArticle> analyzed = engine.analyzeAll(articles, Progress.none());

        assertThat(analyzed).extracting(a -> a.article().id()).containsExactly("a1", "a2", "a3");
    }

    @Test
    void leaves_out_an_article_whose_analysis_fails_and_says_why() {
        ArticleAnalyzer real = new ArticleAnalyzer(new EntityRecognizer(SharedNer.model()));
        Engine failing = new Engine(
                new EngineConfig(2, 5),
                article -> {
                    if (article.id().equals("a2")) {
                        throw new IllegalStateException("stage broke");
                    }
                    return real.analyze(article);
                },
                new BriefComposer(5));
        List<Article> articles = List.of(
                article("a1", "", "2031-01-01", "Divers searched the lake on Monday."),
                article("a2", "", "2031-01-02", "This one trips a bug."),
                article("a3", "", "2031-01-03", "Divers resumed the search of the lake on Tuesday."));

        Brief brief = failing.brief(articles, List.of(), Progress.none());

        assertThat(brief.stories())
                .flatExtracting(StoryBrief::sources)
                .extracting(source -> source.article().id())
                .containsExactlyInAnyOrder("a1", "a3");
        assertThat(brief.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("ANALYZE_FAILED");
            assertThat(d.location()).isEqualTo("file:a2.txt");
            assertThat(d.message()).contains("stage broke");
        });
    }
}
