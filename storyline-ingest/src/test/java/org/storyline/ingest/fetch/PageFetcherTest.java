package org.storyline.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.storyline.ingest.FixtureServer;
import org.storyline.model.Diagnostic;
import org.storyline.model.Page;

class PageFetcherTest {
    private FixtureServer server;
    private final PageFetcher fetcher = new PageFetcher(Duration.ofSeconds(10), 5_000);

    @BeforeEach
    void start() throws Exception {
        server = new FixtureServer();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void fetches_a_page_with_its_media_type_and_charset_and_identifies_itself() {
        FetchResult result = fetcher.fetch(server.url("as-latin1/page-two.html"));

        Page page = result.page().orElseThrow();
        assertThat(page.location()).isEqualTo(server.url("as-latin1/page-two.html"));
        assertThat(page.contentType()).isEqualTo("text/html");
        assertThat(page.declaredCharset()).contains(StandardCharsets.ISO_8859_1);
        assertThat(new String(page.bytes(), StandardCharsets.UTF_8)).contains("Library extends opening hours");
        assertThat(server.userAgents()).containsExactly("Storyline/0.1 (+https://github.com/storyline)");
    }

    @Test
    void follows_redirects() {
        Page page = fetcher.fetch(server.url("redirect")).page().orElseThrow();

        assertThat(new String(page.bytes(), StandardCharsets.UTF_8)).contains("Bridge reopens after repairs");
        assertThat(server.paths()).containsExactly("/redirect", "/page-one.html");
    }

    @Test
    void reports_a_404_as_an_http_status_problem() {
        String url = server.url("missing");

        assertThat(fetcher.fetch(url).problem())
                .contains(Diagnostic.error(
                        "FETCH_HTTP_STATUS",
                        "the server answered HTTP 404; check the URL, or try again later if the server is failing",
                        url));
    }

    @Test
    void reports_an_unreachable_host_as_a_failed_fetch() throws Exception {
        String url = FixtureServer.closedPortUrl();

        Diagnostic problem = fetcher.fetch(url).problem().orElseThrow();

        assertThat(problem.code()).isEqualTo("FETCH_FAILED");
        assertThat(problem.location()).isEqualTo(url);
        assertThat(problem.message())
                .isEqualTo("could not fetch: the connection was refused or the host is"
                        + " unreachable; check the URL and your network, or save the page and pass the file");
    }

    @Test
    void gives_up_after_the_timeout() {
        PageFetcher impatient = new PageFetcher(Duration.ofMillis(300), 5_000);

        Diagnostic problem = impatient.fetch(server.url("slow")).problem().orElseThrow();

        assertThat(problem.code()).isEqualTo("FETCH_FAILED");
        assertThat(problem.message()).startsWith("could not fetch: no ").contains("within 0.3 s");
    }

    @Test
    void stops_reading_a_body_over_the_limit() {
        String url = server.url("big");

        assertThat(fetcher.fetch(url).problem())
                .contains(Diagnostic.error(
                        "INGEST_TOO_LARGE",
                        "the page is larger than the limit of 5000 bytes; raise the limit or leave it out",
                        url));
    }

    @Test
    void reports_a_malformed_url() {
        assertThat(fetcher.fetch("http://exa mple.org/").problem().map(Diagnostic::code))
                .contains("FETCH_FAILED");
    }

    @Test
    void parses_content_type_headers() {
        assertThat(PageFetcher.mediaType("Text/HTML; charset=\"UTF-8\"")).isEqualTo("text/html");
        assertThat(PageFetcher.charsetParameter("text/html; charset=\"UTF-8\"")).contains(StandardCharsets.UTF_8);
        assertThat(PageFetcher.charsetParameter("text/html")).isEqualTo(Optional.empty());
        assertThat(PageFetcher.charsetParameter("text/html; charset=bogus-1")).isEmpty();
    }
}
