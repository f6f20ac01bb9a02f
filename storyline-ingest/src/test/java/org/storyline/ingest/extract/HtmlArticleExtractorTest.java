package org.storyline.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.storyline.model.DateSource;
import org.storyline.model.Diagnostic;
import org.storyline.model.PublishedDate;
import org.storyline.model.Severity;

class HtmlArticleExtractorTest {
    private final HtmlArticleExtractor extractor = new HtmlArticleExtractor();

    private static final String NOISY_PAGE =
            """
            <html lang="en-GB"><head><title>Flood barrier opens early | The Riverside Gazette</title>
            <meta property="og:site_name" content="The Riverside Gazette"></head><body>
            <a class="skip-link" href="#main">Skip to main content</a>
            <nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul></nav>
            <div class="cookie-consent">We use cookies to improve your experience. Accept all cookies?</div>
            <main id="main"><article>
              <h1>Flood barrier opens early</h1>
              <p class="byline">By Jane Doe and John Roe</p>
              <div class="share-tools"><a href="#">Share on Twitter</a> <a href="#">Share by email</a></div>
              <p>The new flood barrier on the Wend river opened three weeks early, the town council said on Monday,
              after engineers finished the last gate ahead of the autumn rains.</p>
              <figure><img src="gate.jpg"><figcaption>The east gate, seen from the old bridge.</figcaption></figure>
              <p>The barrier, which cost 40 million euros, protects about 12,000 homes, shops and schools along the
              lower valley, according to the council's own estimate.</p>
              <h2>What changes for residents</h2>
              <ul><li>Sandbag stations will close, one by one, over the winter.</li>
              <li>Insurance premiums are expected to fall, brokers said.</li></ul>
              <p>Residents who lived through the floods of the past decade welcomed the news, although some asked
              why the project, first proposed years ago, had taken so long to finish.</p>
              <div class="newsletter-signup"><p>Sign up for our morning newsletter, delivered daily to your inbox.</p></div>
            </article>
            <aside class="related"><h3>Related stories</h3><ul>
              <li><a href="/a">Council approves budget for new bridge, with conditions</a></li>
              <li><a href="/b">Heavy rain expected across the region this weekend</a></li></ul></aside>
            </main>
            <footer><p>Copyright 2026 The Riverside Gazette, all rights reserved, printed on recycled paper.</p></footer>
            </body></html>
            """;

    @Test
    void keeps_only_article_prose_subheadings_and_lists_from_a_noisy_page() {
        Extraction e = extractor.extract(NOISY_PAGE, "https://gazette.example/news/flood-barrier");

        assertThat(e.body())
                .isEqualTo(
                        """
                The new flood barrier on the Wend river opened three weeks early, the town council said on Monday, \
                after engineers finished the last gate ahead of the autumn rains.

                The barrier, which cost 40 million euros, protects about 12,000 homes, shops and schools along the \
                lower valley, according to the council's own estimate.

                What changes for residents

                Sandbag stations will close, one by one, over the winter.

                Insurance premiums are expected to fall, brokers said.

                Residents who lived through the floods of the past decade welcomed the news, although some asked \
                why the project, first proposed years ago, had taken so long to finish.""");
    }

    @Test
    void reads_title_without_site_suffix_outlet_language_and_two_bylines() {
        Extraction e = extractor.extract(NOISY_PAGE, "https://gazette.example/news/flood-barrier");

        assertThat(e.title()).isEqualTo("Flood barrier opens early");
        assertThat(e.outlet()).isEqualTo("The Riverside Gazette");
        assertThat(e.language()).isEqualTo("en");
        assertThat(e.authors()).containsExactly("Jane Doe", "John Roe");
    }

    @Test
    void reports_missing_date_as_info_when_no_source_has_one() {
        Extraction e = extractor.extract(NOISY_PAGE, "https://gazette.example/news/flood-barrier");

        assertThat(e.published()).isEmpty();
        assertThat(e.diagnostics()).extracting(Diagnostic::code).containsExactly("EXTRACT_NO_DATE");
        assertThat(e.diagnostics()).extracting(Diagnostic::severity).containsExactly(Severity.INFO);
    }

    @Test
    void json_ld_date_wins_over_generic_meta_date_and_url() {
        String html = page(
                """
                <script type="application/ld+json">{"@context":"https://schema.org","@graph":[
                  {"@type":"WebSite","name":"Gazette"},
                  {"@type":"NewsArticle","headline":"Barrier","datePublished":"2016-12-03T09:15:00+01:00",
                   "dateModified":"2016-12-05T10:00:00+01:00"}]}</script>
                <meta name="date" content="2016-12-04">""");

        Extraction e = extractor.extract(html, "https://gazette.example/2016/12/06/barrier");

        assertThat(e.published()).contains(new PublishedDate(LocalDate.of(2016, 12, 3), DateSource.JSON_LD));
    }

    @Test
    void open_graph_published_time_wins_over_a_disagreeing_json_ld_date() {
        String html = page(
                """
                <script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2016-11-20"}</script>
                <meta property="article:published_time" content="2016-12-04T08:00:00+01:00">""");

        Extraction e = extractor.extract(html, "https://gazette.example/news/barrier");

        assertThat(e.published()).contains(new PublishedDate(LocalDate.of(2016, 12, 4), DateSource.META_TAG));
    }

    @Test
    void utc_timestamp_after_local_midnight_takes_the_day_shown_on_the_page() {
        String html =
                """
                <html><head><script type="application/ld+json">{"@type":"NewsArticle",
                "datePublished":"2016-12-04T02:30:00Z"}</script></head><body><article><h1>Barrier</h1>
                <time datetime="2016-12-04T02:30:00Z">December 3, 2016, 9:30 p.m.</time>
                <p>The new flood barrier on the Wend river opened three weeks early, the council said,
                after engineers finished the last gate ahead of the rains.</p></article></body></html>""";

        Extraction e = extractor.extract(html, "https://gazette.example/news/barrier");

        assertThat(e.published()).contains(new PublishedDate(LocalDate.of(2016, 12, 3), DateSource.JSON_LD));
    }

    @Test
    void meta_tag_date_wins_over_url() {
        String html = page("<meta property=\"article:published_time\" content=\"2016-12-04T08:00:00Z\">");

        Extraction e = extractor.extract(html, "https://gazette.example/2016/12/06/barrier");

        assertThat(e.published()).contains(new PublishedDate(LocalDate.of(2016, 12, 4), DateSource.META_TAG));
    }

    @Test
    void published_meta_tag_wins_over_modified_meta_tag_listed_first() {
        String html = page(
                """
                <meta property="article:modified_time" content="2017-01-09T08:00:00Z">
                <meta property="article:published_time" content="2016-12-04T08:00:00Z">""");

        Extraction e = extractor.extract(html, "https://gazette.example/news/barrier");

        assertThat(e.published()).contains(new PublishedDate(LocalDate.of(2016, 12, 4), DateSource.META_TAG));
    }

    @Test
    void url_date_is_used_when_the_markup_has_none() {
        Extraction e = extractor.extract(page(""), "https://gazette.example/2016/12/06/barrier");

        assertThat(e.published()).contains(new PublishedDate(LocalDate.of(2016, 12, 6), DateSource.URL));
    }

    @Test
    void visible_dateline_is_the_last_resort() {
        String html =
                """
                <html><body><article><h1>Barrier</h1><div class="meta">Published 3 December 2016</div>
                <p>The new flood barrier on the Wend river opened three weeks early, the council said,
                after engineers finished the last gate ahead of the rains.</p></article></body></html>""";

        Extraction e = extractor.extract(html, "https://gazette.example/news/barrier");

        assertThat(e.published()).contains(new PublishedDate(LocalDate.of(2016, 12, 3), DateSource.TEXT));
        assertThat(e.body()).doesNotContain("Published");
    }

    @Test
    void time_element_in_the_article_header_gives_the_date() {
        String html =
                """
                <html><body><article><header><h1>Barrier</h1><time datetime="2016-12-02">Friday</time></header>
                <p>The new flood barrier on the Wend river opened three weeks early, the council said,
                after engineers finished the last gate ahead of the rains.</p></article></body></html>""";

        Extraction e = extractor.extract(html, "https://gazette.example/news/barrier");

        assertThat(e.published()).contains(new PublishedDate(LocalDate.of(2016, 12, 2), DateSource.TIME_ELEMENT));
    }

    @Test
    void rejects_dates_outside_the_plausible_year_range() {
        String html = page("<meta property=\"article:published_time\" content=\"1970-01-01T00:00:00Z\">");

        Extraction e = extractor.extract(html, "https://gazette.example/news/barrier");

        assertThat(e.published()).isEmpty();
    }

    @Test
    void json_ld_authors_are_person_names_and_headline_is_a_title_source() {
        String html = page(
                """
                <script type="application/ld+json">{"@type":"NewsArticle","headline":"Barrier opens",
                  "author":[{"@type":"Person","name":"Jane Doe"},{"@type":"Person","name":"John Roe"}]}</script>""");

        Extraction e = extractor.extract(html, "https://gazette.example/news/barrier");

        assertThat(e.authors()).containsExactly("Jane Doe", "John Roe");
        assertThat(e.title()).isEqualTo("Barrier opens");
    }

    @Test
    void author_meta_tag_that_is_a_url_is_ignored() {
        String html = page(
                """
                <meta property="article:author" content="https://www.facebook.com/gazette">
                <meta name="author" content="Jane Doe">""");

        Extraction e = extractor.extract(html, "https://gazette.example/news/barrier");

        assertThat(e.authors()).containsExactly("Jane Doe");
    }

    @Test
    void broken_unclosed_html_still_yields_the_text() {
        String html = "<html><body><div class=content><p>The barrier opened early, the council said, "
                + "and residents along the lower valley welcomed it.<p>Engineers finished the last gate, "
                + "ahead of the rains, on Monday.<div><b>unclosed";

        Extraction e = extractor.extract(html, "broken.html");

        assertThat(e.body())
                .isEqualTo(
                        "The barrier opened early, the council said, and residents along the lower "
                                + "valley welcomed it.\n\nEngineers finished the last gate, ahead of the rains, on Monday.\n\nunclosed");
    }

    @Test
    void empty_document_gives_empty_body_and_an_error_diagnostic() {
        Extraction e = extractor.extract("", "empty.html");

        assertThat(e.body()).isEmpty();
        assertThat(e.title()).isEmpty();
        assertThat(e.language()).isEqualTo("und");
        assertThat(e.diagnostics())
                .extracting(Diagnostic::code)
                .containsExactly("EXTRACT_NO_BODY", "EXTRACT_NO_TITLE", "EXTRACT_NO_DATE");
        assertThat(e.diagnostics().get(0).severity()).isEqualTo(Severity.ERROR);
        assertThat(e.diagnostics().get(0).location()).isEqualTo("empty.html");
    }

    @Test
    void invalid_json_ld_is_reported_and_skipped() {
        String html = page("<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"headline\": </script>");

        Extraction e = extractor.extract(html, "https://gazette.example/news/barrier");

        assertThat(e.diagnostics()).extracting(Diagnostic::code).contains("EXTRACT_BAD_JSON_LD");
        assertThat(e.title()).isEqualTo("Barrier opens early");
    }

    @Test
    void random_markup_never_throws_and_keeps_the_body_contract() {
        long seed = new Random().nextLong();
        Random random = new Random(seed);
        String[] pieces = {
            "<p>",
            "</p>",
            "<div class=content>",
            "</div>",
            "<nav>",
            "<a href=x>",
            "</a>",
            "<br>",
            "<script>var x = '<p>';</script>",
            "<h2>",
            "</h2>",
            "<li>",
            "<table><tr><td>",
            "&nbsp;",
            "\u0000",
            "Word, ",
            "another sentence here. ",
            "2016-12-03 ",
            "  \n\n ",
            "<!--",
            "-->",
            "<![CDATA[",
            "<",
            "<script type=\"application/ld+json\">{\"datePublished\":",
            "}</script>",
            "By Jane Doe "
        };
        for (int round = 0; round < 300; round++) {
            StringBuilder html = new StringBuilder();
            int n = random.nextInt(60);
            for (int i = 0; i < n; i++) {
                html.append(pieces[random.nextInt(pieces.length)]);
            }
            Extraction e = extractor.extract(html.toString(), "random.html");
            String body = e.body();
            assertThat(body).as("seed %d, input %s", seed, html).isEqualTo(body.strip());
            assertThat(body).as("seed %d, input %s", seed, html).doesNotContain("\n\n\n");
            assertThat(body.isEmpty())
                    .as("seed %d, input %s", seed, html)
                    .isEqualTo(e.diagnostics().stream().anyMatch(d -> d.code().equals("EXTRACT_NO_BODY")));
        }
    }

    /** A small article page with extra head markup. */
    private static String page(String head) {
        return "<html><head><title>Barrier opens early - Gazette</title>" + head + "</head><body><article>"
                + "<p>The new flood barrier on the Wend river opened three weeks early, the council said, "
                + "after engineers finished the last gate ahead of the rains.</p></article></body></html>";
    }
}
