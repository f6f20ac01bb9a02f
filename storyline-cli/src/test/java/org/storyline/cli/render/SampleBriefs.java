package org.storyline.cli.render;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.storyline.model.Article;
import org.storyline.model.AttributedQuote;
import org.storyline.model.Brief;
import org.storyline.model.Claim;
import org.storyline.model.DateSource;
import org.storyline.model.Diagnostic;
import org.storyline.model.Entity;
import org.storyline.model.EntityType;
import org.storyline.model.Evidence;
import org.storyline.model.Granularity;
import org.storyline.model.PublishedDate;
import org.storyline.model.Qualifier;
import org.storyline.model.SourceArticle;
import org.storyline.model.Span;
import org.storyline.model.Story;
import org.storyline.model.StoryBrief;
import org.storyline.model.SummarySentence;
import org.storyline.model.TimelineEntry;

/** Small invented briefs built by hand, for renderer tests. */
final class SampleBriefs {
    static final String TEXT_A1 =
            "The river rose on Tuesday. About 1,200 people left their homes.\n\n\"We moved fast,\" said Ana Ruiz.";
    static final String TEXT_A2 = "Officials said 1,500 people were evacuated. Ruiz praised the crews.";

    private SampleBriefs() {}

    static Article a1() {
        return new Article(
                "a1",
                "https://courier.example/river",
                "Bay Courier",
                "River bursts its banks",
                List.of(),
                Optional.of(new PublishedDate(LocalDate.of(2024, 5, 2), DateSource.SUPPLIED)),
                "en",
                TEXT_A1);
    }

    static Article a2() {
        return new Article("a2", "notes/a2.txt", "", "", List.of(), Optional.empty(), "en", TEXT_A2);
    }

    /** Evidence for the first occurrence of {@code words} in the article's text. */
    static Evidence at(Article article, String words) {
        int start = article.text().indexOf(words);
        if (start < 0) {
            throw new IllegalArgumentException("expected '" + words + "' in " + article.id());
        }
        return new Evidence(article.id(), new Span(start, start + words.length()));
    }

    /** One story from two sources, with a figure they disagree on and a skipped input. */
    static Brief riverBrief() {
        Article a1 = a1();
        Article a2 = a2();
        Evidence left = at(a1, "About 1,200 people left their homes.");
        Evidence evacuated = at(a2, "Officials said 1,500 people were evacuated.");
        Story story = new Story(
                "s1",
                List.of("a1", "a2"),
                new TreeMap<>(),
                List.of("Ana Ruiz"),
                Optional.of(LocalDate.of(2024, 5, 2)),
                Optional.of(LocalDate.of(2024, 5, 2)));
        StoryBrief brief = new StoryBrief(
                story,
                "River bursts its banks",
                List.of(new SummarySentence("About 1,200 people left their homes.", List.of(left, evacuated))),
                List.of(new TimelineEntry(
                        LocalDate.of(2024, 4, 30),
                        Granularity.DAY,
                        "The river rose on Tuesday.",
                        List.of(at(a1, "The river rose on Tuesday.")))),
                List.of(new Entity(
                        "e1",
                        "Ana Ruiz",
                        EntityType.PERSON,
                        List.of("Ruiz"),
                        "mayor",
                        List.of(at(a1, "Ana Ruiz"), at(a2, "Ruiz")))),
                List.of(new AttributedQuote(
                        "Ana Ruiz", "mayor", "We moved fast,", true, at(a1, "\"We moved fast,\" said Ana Ruiz."))),
                List.of(
                        new Claim(
                                "c1",
                                1200,
                                "",
                                "person",
                                "leave",
                                Qualifier.ABOUT,
                                "",
                                Optional.empty(),
                                "About 1,200 people",
                                List.of(left),
                                List.of("c2")),
                        new Claim(
                                "c2",
                                1500,
                                "",
                                "person",
                                "evacuate",
                                Qualifier.EXACT,
                                "",
                                Optional.empty(),
                                "1,500 people",
                                List.of(evacuated),
                                List.of("c1"))),
                List.of(new SourceArticle(a1, Optional.empty()), new SourceArticle(a2, Optional.empty())));
        return new Brief(
                List.of(brief),
                List.of(Diagnostic.error("INPUT_EMPTY", "the file is empty; remove it or fill it", "in/empty.txt")));
    }
}
