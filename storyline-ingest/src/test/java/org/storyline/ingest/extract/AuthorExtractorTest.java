package org.storyline.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AuthorExtractorTest {
    private final HtmlArticleExtractor extractor = new HtmlArticleExtractor();

    private static String page(String head, String body) {
        return "<html><head><title>Lantern festival moves to the harbour</title>" + head + "</head><body>" + body
                + "<article><h1>Lantern festival moves to the harbour</h1><p>The lantern festival will be held on the"
                + " harbour front this year, the organisers said, because the old market square is being repaved.</p>"
                + "</article></body></html>";
    }

    @Test
    void json_ld_author_given_by_id_reference_resolves_to_the_person_in_the_graph() {
        String html = page(
                """
                <script type="application/ld+json">{"@context":"https://schema.org","@graph":[
                {"@type":"Article","headline":"Lantern festival moves to the harbour",
                 "author":{"@id":"https://paper.example/#/person/7"}},
                {"@type":"Person","@id":"https://paper.example/#/person/7","name":"Mira Kessel"}]}</script>""",
                "");

        assertThat(extractor.extract(html, "https://paper.example/lanterns").authors())
                .containsExactly("Mira Kessel");
    }

    @Test
    void declared_author_equal_to_the_outlet_is_kept() {
        String html = page(
                "<meta property=\"og:site_name\" content=\"Harbour Works\">"
                        + "<meta name=\"author\" content=\"Harbour Works\">",
                "");

        assertThat(extractor.extract(html, "https://harbour.example/news/1").authors())
                .containsExactly("Harbour Works");
    }

    @Test
    void outlet_named_beside_a_person_is_dropped() {
        String html = page(
                """
                <meta property="og:site_name" content="Harbour Works">
                <script type="application/ld+json">{"@type":"NewsArticle",
                 "author":[{"@type":"Organization","name":"Harbour Works"},{"@type":"Person","name":"Ilse Varga"}]}
                </script>""",
                "");

        assertThat(extractor.extract(html, "https://harbour.example/news/2").authors())
                .containsExactly("Ilse Varga");
    }

    @Test
    void editorial_desk_credit_is_a_byline() {
        String html = page("<meta name=\"author\" content=\"Redaktion\">", "");

        assertThat(extractor.extract(html, "https://harbour.example/news/3").authors())
                .containsExactly("Redaktion");
    }

    @Test
    void byline_label_in_its_own_element_before_the_name_is_read() {
        String html = page(
                "",
                "<div class=\"x1\"><span class=\"x2\">By</span><span><a href=\"/team/ola\">Ola Brandt</a>"
                        + "</span></div>");

        assertThat(extractor.extract(html, "https://harbour.example/news/4").authors())
                .containsExactly("Ola Brandt");
    }

    @Test
    void byline_in_a_post_footer_is_not_site_furniture() {
        String html = page(
                "",
                "<div class=\"post-footer\"><span class=\"post-author vcard\">Eingestellt von"
                        + " <span class=\"fn\">Tilo Brenner</span></span></div>");

        assertThat(extractor
                        .extract(html, "https://blog.example/2020/05/lanterns.html")
                        .authors())
                .containsExactly("Tilo Brenner");
    }

    @Test
    void names_in_the_site_footer_are_not_bylines() {
        String html = page("", "<div class=\"site-footer\"><p class=\"author\">Kai Lund</p></div>");

        assertThat(extractor.extract(html, "https://harbour.example/news/5").authors())
                .isEmpty();
    }
}
