package org.storyline.cli.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.storyline.model.Article;
import org.storyline.model.Brief;
import org.storyline.model.Claim;
import org.storyline.model.Qualifier;
import org.storyline.model.SourceArticle;
import org.storyline.model.StoryBrief;
import org.storyline.model.SummarySentence;

class MarkdownBriefWriterTest {
    private final MarkdownBriefWriter writer = new MarkdownBriefWriter();

    @Test
    void writes_every_section_with_citations_numbered_by_source_order() {
        String expected =
                """
                # Storyline brief

                ## 1. River bursts its banks

                _2 sources, 2024-05-02_

                ### Summary

                - About 1,200 people left their homes. [1][2]

                ### Timeline

                - 2024-04-30 — The river rose on Tuesday. [1]

                ### Who's involved

                - **Ana Ruiz** — mayor — also: Ruiz

                ### Who said what

                > \u201cWe moved fast,\u201d — Ana Ruiz, mayor [1]

                ### Figures

                | Figure | What | Outlet | Date | Differs from |
                | --- | --- | --- | --- | --- |
                | About 1,200 people | person (leave) | Bay Courier [1] |  | **1,500 people** [2] |
                | 1,500 people | person (evacuate) | [2] |  | **About 1,200 people** [1] |

                ### Sources

                - [1] Bay Courier — River bursts its banks — 2024-05-02 — <https://courier.example/river>
                - [2] unknown outlet — untitled — undated — notes/a2.txt

                ## Skipped inputs

                - `in/empty.txt: the file is empty; remove it or fill it [INPUT_EMPTY]`
                """;

        assertThat(writer.write(SampleBriefs.riverBrief())).isEqualTo(expected);
    }

    @Test
    void escapes_markup_and_html_in_source_text() {
        Article article = new Article(
                "x1",
                "javascript:alert(1)",
                "<b>Out|let</b>",
                "A *bold* [claim](http://e.example)",
                List.of(),
                Optional.empty(),
                "en",
                "Text <script>alert(1)</script>.");
        StoryBrief story = new StoryBrief(
                SampleBriefs.riverBrief().stories().get(0).story(),
                "# not a heading",
                List.of(new SummarySentence(
                        "Text <script>alert(1)</script>.", List.of(SampleBriefs.at(article, "Text")))),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(new SourceArticle(article, Optional.empty())));

        String md = writer.write(new Brief(List.of(story), List.of()));

        assertThat(md)
                .contains("## 1. \\# not a heading\n")
                .contains("- Text \\<script\\>alert(1)\\</script\\>. [1]\n")
                .contains("- [1] \\<b\\>Out\\|let\\</b\\> — A \\*bold\\* \\[claim\\](http://e.example) — undated"
                        + " — javascript:alert(1)\n")
                .doesNotContain("<script>", "<javascript:");
    }

    @Test
    void keeps_underscores_inside_words_and_escapes_them_at_word_edges() {
        assertThat(MarkdownText.escape("NO_BODY and _lean_")).isEqualTo("NO_BODY and \\_lean\\_");
    }

    @Test
    void fences_code_spans_longer_than_any_backtick_run_inside() {
        assertThat(MarkdownText.code("a ``b`` c")).isEqualTo("``` a ``b`` c ```");
        assertThat(MarkdownText.code("plain\n text")).isEqualTo("`plain text`");
    }

    @Test
    void groups_a_figures_sources_by_outlet() {
        StoryBrief river = SampleBriefs.riverBrief().stories().get(0);
        Article followUp = new Article(
                "a3",
                "in/a3.txt",
                "Bay Courier",
                "Waters recede",
                List.of(),
                Optional.empty(),
                "en",
                "About 1,200 people left their homes.");
        Claim both = new Claim(
                "c1",
                1200,
                "",
                "person",
                "",
                Qualifier.ABOUT,
                "",
                Optional.empty(),
                "About 1,200 people",
                List.of(
                        SampleBriefs.at(SampleBriefs.a1(), "About"),
                        SampleBriefs.at(followUp, "About"),
                        SampleBriefs.at(SampleBriefs.a2(), "1,500")),
                List.of());
        StoryBrief story = new StoryBrief(
                river.story(),
                river.headline(),
                river.summary(),
                List.of(),
                List.of(),
                List.of(),
                List.of(both),
                List.of(
                        new SourceArticle(SampleBriefs.a1(), Optional.empty()),
                        new SourceArticle(SampleBriefs.a2(), Optional.empty()),
                        new SourceArticle(followUp, Optional.empty())));

        assertThat(writer.write(new Brief(List.of(story), List.of())))
                .contains("| About 1,200 people | person | Bay Courier [1][3], [2] |  |  |\n");
    }

    @Test
    void says_so_when_no_story_could_be_made() {
        assertThat(writer.write(new Brief(List.of(), List.of())))
                .isEqualTo("# Storyline brief\n\nNo story could be made from the input.\n");
    }

    @Test
    void marks_a_syndicated_copy_as_duplicate_of_its_original() {
        StoryBrief river = SampleBriefs.riverBrief().stories().get(0);
        StoryBrief withCopy = new StoryBrief(
                river.story(),
                river.headline(),
                river.summary(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(
                        new SourceArticle(SampleBriefs.a1(), Optional.empty()),
                        new SourceArticle(SampleBriefs.a2(), Optional.of("a1"))));

        assertThat(writer.write(new Brief(List.of(withCopy), List.of())))
                .contains("- [2] unknown outlet — untitled — undated — notes/a2.txt — duplicate of [1]\n");
    }
}
