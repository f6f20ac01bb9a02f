package org.storyline.cli.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.storyline.model.Article;
import org.storyline.model.AttributedQuote;
import org.storyline.model.Brief;
import org.storyline.model.DateSource;
import org.storyline.model.Evidence;
import org.storyline.model.PublishedDate;
import org.storyline.model.SourceArticle;
import org.storyline.model.Span;
import org.storyline.model.Story;
import org.storyline.model.StoryBrief;
import org.storyline.model.SummarySentence;

class HtmlBriefWriterTest {
    private static final Pattern CITE = Pattern.compile("<a class=\"cite\" href=\"#([^\"]+)\"");
    private static final Pattern ID = Pattern.compile(" id=\"([^\"]+)\"");
    private static final Pattern MARK_ID = Pattern.compile("<mark id=\"([^\"]+)\"");
    private static final Pattern URL_ATTRIBUTE =
            Pattern.compile("(?i)\\b(src|href|action|srcset)\\s*=\\s*\"([^\"]*)\"");
    private static final Pattern SOURCE_TEXT = Pattern.compile("<div class=\"text\">(.*?)</div>", Pattern.DOTALL);

    private final HtmlBriefWriter writer = new HtmlBriefWriter();

    @Test
    void every_citation_links_to_a_highlighted_passage_on_the_page() {
        String html = writer.write(SampleBriefs.riverBrief());

        List<String> targets = all(CITE, html);
        assertThat(targets).hasSize(8).allSatisfy(t -> assertThat(all(MARK_ID, html))
                .contains(t));
        assertThat(html)
                .contains("<a class=\"cite\" href=\"#m1-2-0\" title=\"unknown outlet\">[2]</a>")
                .contains("<mark id=\"m1-2-0\">Officials said 1,500 people were evacuated.</mark> Ruiz praised");
    }

    @Test
    void ids_are_unique_on_the_page() {
        String html = writer.write(SampleBriefs.riverBrief());

        List<String> ids = all(ID, html);
        assertThat(ids).doesNotHaveDuplicates().contains("story-1", "src1-1", "src1-2");
    }

    @Test
    void refers_to_nothing_outside_the_file_except_the_sources_own_urls_as_plain_links() {
        String html = writer.write(SampleBriefs.riverBrief());

        Matcher m = URL_ATTRIBUTE.matcher(html);
        List<String> external = new ArrayList<>();
        while (m.find()) {
            assertThat(m.group(1)).isEqualToIgnoringCase("href");
            if (!m.group(2).startsWith("#")) {
                external.add(m.group(2));
            }
        }
        assertThat(external).containsExactly("https://courier.example/river");
        assertThat(html)
                .doesNotContain("@import", "url(", "<link", "<img", "<iframe")
                .contains("<a href=\"https://courier.example/river\">https://courier.example/river</a>")
                .contains("content=\"default-src 'none';");
    }

    @Test
    void article_text_and_metadata_come_out_inert() {
        Article hostile = new Article(
                "x1",
                "javascript:alert(1)",
                "<img src=x onerror=alert(1)>",
                "\"><script>alert(2)</script>",
                List.of(),
                Optional.empty(),
                "en",
                "Hello <script>alert(3)</script> & goodbye.");
        StoryBrief story = new StoryBrief(
                new Story("s1", List.of("x1"), new TreeMap<>(), List.of(), Optional.empty(), Optional.empty()),
                "<b>Headline</b>",
                List.of(new SummarySentence(
                        "Hello <script>alert(3)</script>", List.of(SampleBriefs.at(hostile, "Hello")))),
                List.of(),
                List.of(),
                List.of(new AttributedQuote("O'Brien <i>", "", "x", false, SampleBriefs.at(hostile, "goodbye"))),
                List.of(),
                List.of(new SourceArticle(hostile, Optional.empty())));

        String html = writer.write(new Brief(List.of(story), List.of()));

        assertThat(html.split("<script", -1)).hasSize(2); // only the page's own script
        assertThat(html)
                .doesNotContain("<img", "<b>Headline", "href=\"javascript", "<i>")
                .contains("<li>Hello &lt;script&gt;alert(3)&lt;/script&gt;<a class=\"cite\"")
                .contains("<mark id=\"m1-1-0\">Hello</mark> &lt;script&gt;alert(3)&lt;/script&gt; &amp; <mark")
                .contains("<span>javascript:alert(1)</span>")
                .contains("&lt;img src=x onerror=alert(1)&gt;")
                .contains("O&#39;Brien &lt;i&gt;");
    }

    @Test
    void flags_figures_that_sources_report_differently() {
        String html = writer.write(SampleBriefs.riverBrief());

        assertThat(html.split("<tr class=\"differs\">", -1)).hasSize(3);
        assertThat(html)
                .contains("<td>About 1,200 people<span class=\"flag\"")
                .contains("<td><strong>1,500 people</strong><a class=\"cite\" href=\"#m1-2-0\"");
    }

    @Test
    void merges_overlapping_evidence_into_one_mark_that_both_citations_reach() {
        Article a = new Article(
                "a",
                "in/a.txt",
                "Out",
                "T",
                List.of(),
                Optional.empty(),
                "en",
                "One two three. \"Four five,\" she said. Six.");
        Evidence sentence = SampleBriefs.at(a, "One two three.");
        // from "three." to the end of the next sentence: overlaps the first without nesting in it
        Evidence quote =
                new Evidence("a", new Span(a.text().indexOf("three."), a.text().indexOf(" Six.")));
        StoryBrief story = new StoryBrief(
                new Story("s1", List.of("a"), new TreeMap<>(), List.of(), Optional.empty(), Optional.empty()),
                "T",
                List.of(new SummarySentence("One two three.", List.of(sentence))),
                List.of(),
                List.of(),
                List.of(new AttributedQuote("She", "", "Four five,", true, quote)),
                List.of(),
                List.of(new SourceArticle(a, Optional.empty())));

        String html = writer.write(new Brief(List.of(story), List.of()));

        assertThat(html)
                .contains("<div class=\"text\"><mark id=\"m1-1-0\">One two three. &quot;Four five,&quot; she"
                        + " said.</mark> Six.</div>");
        assertThat(all(CITE, html)).containsExactly("m1-1-0", "m1-1-0");
    }

    @Test
    void random_briefs_keep_source_text_intact_and_every_citation_resolvable() {
        long seed = new Random().nextLong();
        Random random = new Random(seed);
        for (int round = 0; round < 200; round++) {
            List<Article> articles = new ArrayList<>();
            List<Evidence> evidence = new ArrayList<>();
            int count = 1 + random.nextInt(3);
            for (int i = 0; i < count; i++) {
                Article article = new Article(
                        "a" + i,
                        "in/" + i,
                        "",
                        "",
                        List.of(),
                        Optional.of(new PublishedDate(LocalDate.of(2024, 1, 1), DateSource.SUPPLIED)),
                        "en",
                        randomText(random));
                articles.add(article);
                for (int k = random.nextInt(6); k > 0; k--) {
                    int start = random.nextInt(article.text().length() + 1);
                    int end = start + random.nextInt(article.text().length() - start + 1);
                    evidence.add(new Evidence(article.id(), new Span(start, end)));
                }
            }
            evidence.add(new Evidence("a0", new Span(0, articles.get(0).text().length())));
            List<SummarySentence> summary = evidence.stream()
                    .map(e -> new SummarySentence("s", List.of(e)))
                    .toList();
            StoryBrief story = new StoryBrief(
                    new Story(
                            "s1",
                            articles.stream().map(Article::id).toList(),
                            new TreeMap<>(),
                            List.of(),
                            Optional.empty(),
                            Optional.empty()),
                    "h",
                    summary,
                    List.of(),
                    List.of(),
                    List.of(),
                    List.of(),
                    articles.stream()
                            .map(a -> new SourceArticle(a, Optional.empty()))
                            .toList());

            String html = writer.write(new Brief(List.of(story), List.of()));

            String failure = "seed " + seed + ", round " + round;
            Set<String> ids = new TreeSet<>(all(ID, html));
            assertThat(all(CITE, html)).as(failure).allSatisfy(t -> assertThat(ids)
                    .contains(t));
            assertThat(html.split("<mark ", -1).length).as(failure).isEqualTo(html.split("</mark>", -1).length);
            List<String> texts = all(SOURCE_TEXT, html);
            assertThat(texts).as(failure).hasSize(articles.size());
            for (int i = 0; i < texts.size(); i++) {
                assertThat(unescape(texts.get(i).replaceAll("<mark id=\"[^\"]+\">|</mark>", "")))
                        .as(failure)
                        .isEqualTo(articles.get(i).text());
                assertThat(texts.get(i)).as(failure).doesNotContain("<mark id=\"m1-1-0\"><mark");
            }
        }
    }

    private static String randomText(Random random) {
        String alphabet = "ab <>&\"'\n.";
        StringBuilder text = new StringBuilder();
        for (int n = 1 + random.nextInt(40); n > 0; n--) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }

    private static String unescape(String html) {
        return html.replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&amp;", "&");
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
