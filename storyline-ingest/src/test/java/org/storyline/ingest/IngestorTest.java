package org.storyline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyline.model.Article;
import org.storyline.model.DateSource;
import org.storyline.model.Diagnostic;
import org.storyline.model.PublishedDate;
import org.storyline.model.Severity;

class IngestorTest {
    private static final String BRIDGE_TEXT =
            "The old stone bridge over the River Kenn reopened to traffic on Wednesday"
                    + " after eight months of repairs, the county council said.\n\nEngineers replaced two of the five arches,"
                    + " which had cracked during the floods of last winter, and widened the footpath on the north side.\n\n"
                    + "\"It is good to have our bridge back,\" said Tom Alder, who runs the bakery at the east end of the"
                    + " bridge and lost half his customers during the closure.";
    private static final String LIBRARY_TEXT = "The central library in Marlow will stay open until nine in the evening"
            + " on weekdays from next month, the town council announced after a year of requests from students.\n\n"
            + "The council said the longer hours would be paid for by closing the reading room on Sunday mornings,"
            + " when it has the fewest visitors of the whole week.";

    @TempDir
    Path dir;

    private FixtureServer server;
    private final Ingestor ingestor = new Ingestor(new IngestOptions(Duration.ofSeconds(10), 100_000, 2));

    @BeforeEach
    void start() throws IOException {
        server = new FixtureServer();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private Path copy(String fixture, Path to) throws IOException {
        Files.createDirectories(to.getParent());
        return Files.write(to, FixtureServer.fixture(fixture, server.base()));
    }

    private static List<String> codes(IngestResult result) {
        return result.diagnostics().stream()
                .filter(d -> !d.code().startsWith("EXTRACT_"))
                .map(d -> d.code() + " " + d.location().replaceAll(".*[/\\\\]", ""))
                .toList();
    }

    @Test
    void reads_a_folder_by_path_with_manifest_and_reports_each_bad_file() throws IOException {
        Path in = dir.resolve("in");
        for (String name : List.of(
                "binary.pdf",
                "empty.txt",
                "non-english.txt",
                "not-a-feed.xml",
                "page-one.html",
                "scrape-appended.txt",
                "scrape-subheading.txt",
                "wrong-charset.html")) {
            copy(name, in.resolve(name));
        }
        copy("page-two.html", in.resolve(".hidden/page-two.html"));
        Files.writeString(in.resolve("manifest.json"), "not even json");
        Path manifestFile = Files.writeString(
                dir.resolve("m.json"),
                "{\"articles\": [{\"file\": \"scrape-appended.txt\","
                        + " \"published\": \"2026-02-10\", \"outlet\": \"Marlow Post\", \"url\": \"https://marlow.example/floods\"}]}");

        IngestResult result = ingestor.ingest(List.of(in.toString()), Manifest.load(manifestFile));

        assertThat(codes(result))
                .containsExactly(
                        "INGEST_BINARY binary.pdf",
                        "INGEST_EMPTY empty.txt",
                        "INGEST_NOT_ENGLISH non-english.txt",
                        "FEED_INVALID not-a-feed.xml",
                        "INGEST_SECOND_STORY scrape-appended.txt");
        assertThat(result.diagnostics().get(0).message())
                .isEqualTo("this is a PDF document, not text or HTML; convert it to text or HTML first");
        assertThat(result.diagnostics())
                .contains(Diagnostic.info(
                        "INGEST_SECOND_STORY",
                        "split off an unrelated story appended to the page: 'Orchestra names new chief conductor' is read"
                                + " apart from 'Floodwaters force thousands from homes in Marlow Valley'",
                        in.resolve("scrape-appended.txt").toString()));
        assertThat(result.articles())
                .extracting(Article::id)
                .containsExactly(
                        "page-one", "scrape-appended", "scrape-appended-2", "scrape-subheading", "wrong-charset");

        Optional<PublishedDate> supplied =
                Optional.of(new PublishedDate(LocalDate.of(2026, 2, 10), DateSource.SUPPLIED));
        Article flood = result.articles().get(1);
        assertThat(flood)
                .isEqualTo(new Article(
                        "scrape-appended",
                        "https://marlow.example/floods",
                        "Marlow Post",
                        "Floodwaters force thousands from homes in Marlow Valley",
                        List.of(),
                        supplied,
                        "en",
                        flood.text()));
        assertThat(flood.text()).startsWith("More than 3,000 residents").endsWith("holding about 600 people.");
        Article orchestra = result.articles().get(2);
        assertThat(orchestra)
                .isEqualTo(new Article(
                        "scrape-appended-2",
                        "https://marlow.example/floods",
                        "Marlow Post",
                        "Orchestra names new chief conductor",
                        List.of(),
                        supplied,
                        "en",
                        orchestra.text()));
        assertThat(orchestra.text()).startsWith("The Northgate Philharmonic").endsWith("with the ensemble.");

        Article strike = result.articles().get(3);
        assertThat(strike.url()).isEqualTo(in.resolve("scrape-subheading.txt").toString());
        assertThat(strike.outlet()).isEmpty();
        assertThat(strike.published()).isEmpty();
        assertThat(strike.text()).contains("\n\nTalks break down\n\n").endsWith("silos filled up.");

        Article bridge = result.articles().get(0);
        assertThat(bridge.title()).isEqualTo("Bridge reopens after repairs");
        assertThat(bridge.outlet()).isEqualTo("Valley Courier");
        assertThat(bridge.authors()).containsExactly("Nadia Kerr");
        assertThat(bridge.published()).contains(new PublishedDate(LocalDate.of(2026, 3, 4), DateSource.META_TAG));
        assertThat(bridge.language()).isEqualTo("en");
        assertThat(bridge.text()).isEqualTo(BRIDGE_TEXT);

        Article cafe = result.articles().get(4);
        assertThat(cafe.title()).isEqualTo("Café owner wins award");
        assertThat(cafe.text()).contains("small café in Zürich Street").contains("naïve painting – a portrait");
    }

    @Test
    void fetches_pages_and_feeds_and_reports_unreachable_missing_and_repeated_urls() throws IOException {
        String closed = FixtureServer.closedPortUrl();

        IngestResult result = ingestor.ingest(
                List.of(
                        server.url("page-one.html"),
                        server.url("missing"),
                        closed,
                        server.url("feed.rss"),
                        server.url("not-a-feed.xml"),
                        server.url("as-latin1/wrong-charset.html"),
                        server.url("binary.pdf")),
                Manifest.empty());

        assertThat(codes(result))
                .containsExactly(
                        "FETCH_HTTP_STATUS missing",
                        "FETCH_FAILED gone.html",
                        "INGEST_DUPLICATE page-one.html",
                        "FEED_INVALID not-a-feed.xml",
                        "INGEST_BINARY binary.pdf");
        assertThat(result.articles())
                .extracting(Article::url)
                .containsExactly(
                        server.url("page-one.html"),
                        server.url("page-two.html"),
                        server.url("as-latin1/wrong-charset.html"));
        assertThat(result.articles()).extracting(Article::id).allMatch(id -> id.matches("127-0-0-1-[0-9a-f]{8}"));
        assertThat(result.articles()).extracting(Article::id).doesNotHaveDuplicates();

        Article library = result.articles().get(1);
        assertThat(library)
                .isEqualTo(new Article(
                        library.id(),
                        server.url("page-two.html"),
                        "127.0.0.1",
                        "Library extends opening hours",
                        List.of(),
                        Optional.of(new PublishedDate(LocalDate.of(2026, 3, 5), DateSource.SUPPLIED)),
                        "en",
                        LIBRARY_TEXT));
        assertThat(result.articles().get(2).text()).contains("small café in Zürich Street");
        assertThat(server.userAgents()).allMatch(ua -> ua.equals("Storyline/0.1 (+https://github.com/storyline)"));
    }

    @Test
    void feed_entries_fill_only_what_the_page_does_not_say() {
        IngestResult result =
                ingestor.ingest(List.of(server.url("feed.rss"), server.url("feed.atom")), Manifest.empty());

        assertThat(codes(result)).containsExactly("INGEST_DUPLICATE page-two.html", "INGEST_DUPLICATE page-one.html");
        Article bridge = result.articles().get(0);
        assertThat(bridge.title()).isEqualTo("Bridge reopens after repairs");
        assertThat(bridge.authors()).containsExactly("Nadia Kerr");
        assertThat(bridge.published()).contains(new PublishedDate(LocalDate.of(2026, 3, 4), DateSource.META_TAG));
        assertThat(result.articles()).hasSize(2);
    }

    @Test
    void atom_entry_authors_and_dates_fill_gaps_and_entries_keep_feed_order() {
        IngestResult result = ingestor.ingest(List.of(server.url("feed.atom")), Manifest.empty());

        assertThat(result.articles())
                .extracting(Article::url)
                .containsExactly(server.url("page-two.html"), server.url("page-one.html"));
        Article library = result.articles().get(0);
        assertThat(library.authors()).containsExactly("Ruth Penn");
        assertThat(library.published()).contains(new PublishedDate(LocalDate.of(2026, 3, 5), DateSource.SUPPLIED));
    }

    @Test
    void a_feed_file_on_disk_is_followed_like_a_feed_url() throws IOException {
        Path feed = copy("feed.rss", dir.resolve("local.rss"));

        IngestResult result = ingestor.ingest(List.of(feed.toString()), Manifest.empty());

        assertThat(result.articles())
                .extracting(Article::title)
                .containsExactly("Bridge reopens after repairs", "Library extends opening hours");
    }

    @Test
    void a_local_feed_entry_without_an_absolute_link_is_skipped_with_a_warning() throws IOException {
        Path feed = Files.writeString(
                dir.resolve("rel.rss"),
                "<rss version=\"2.0\"><channel><title>T</title>"
                        + "<link>x</link><description>d</description><item><title>Relative</title><link>/r.html</link></item>"
                        + "<item><title>Two</title><link>" + server.url("page-two.html")
                        + "</link></item></channel></rss>");

        IngestResult result = ingestor.ingest(List.of(feed.toString()), Manifest.empty());

        assertThat(result.articles()).extracting(Article::title).containsExactly("Library extends opening hours");
        assertThat(codes(result)).containsExactly("FEED_ITEM_NO_LINK rel.rss");
        assertThat(result.diagnostics().get(0).message())
                .isEqualTo("the entry 'Relative' has no absolute http(s) link and was skipped");
    }

    @Test
    void skips_missing_paths_repeated_paths_identical_copies_and_oversized_files() throws IOException {
        Path story = copy("scrape-subheading.txt", dir.resolve("a/story.txt"));
        Path sameBytes = copy("scrape-subheading.txt", dir.resolve("b/copy.txt"));
        Path big = Files.writeString(dir.resolve("big.txt"), "word ".repeat(30_000), StandardCharsets.UTF_8);
        String missing = dir.resolve("nope.txt").toString();

        IngestResult result = ingestor.ingest(
                List.of(story.toString(), missing, story.toString(), sameBytes.toString(), big.toString()),
                Manifest.empty());

        assertThat(result.articles()).extracting(Article::id).containsExactly("story");
        assertThat(result.diagnostics())
                .containsExactly(
                        Diagnostic.error(
                                "INGEST_NOT_FOUND",
                                "no such file or folder; check the path (URLs must start with http:// or https://)",
                                missing),
                        Diagnostic.info(
                                "INGEST_DUPLICATE",
                                "given more than once; the second copy was skipped",
                                story.toString()),
                        Diagnostic.info(
                                "INGEST_DUPLICATE",
                                "same bytes as " + story + "; this copy was skipped",
                                sameBytes.toString()),
                        Diagnostic.error(
                                "INGEST_TOO_LARGE",
                                "the file has 150000 bytes, more than the limit of 100000;"
                                        + " raise the limit or leave it out",
                                big.toString()));
        assertThat(result.diagnostics())
                .filteredOn(d -> d.severity() == Severity.INFO)
                .hasSize(2);
    }

    @Test
    void the_same_inputs_give_the_same_result() throws IOException {
        Path in = dir.resolve("in");
        copy("scrape-appended.txt", in.resolve("x.txt"));
        copy("page-one.html", in.resolve("y.html"));
        List<String> inputs = List.of(in.toString(), server.url("feed.atom"));

        IngestResult first = ingestor.ingest(inputs, Manifest.empty());
        IngestResult second = ingestor.ingest(inputs, Manifest.empty());

        assertThat(second).isEqualTo(first);
        assertThat(first.articles()).extracting(Article::id).startsWith("x", "x-2", "y");
    }
}
