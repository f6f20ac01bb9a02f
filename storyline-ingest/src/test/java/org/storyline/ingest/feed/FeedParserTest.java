package org.storyline.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.storyline.model.Diagnostic;

class FeedParserTest {
    private final FeedParser parser = new FeedParser();

    @Test
    void reads_rss_items_in_feed_order() {
        String rss =
                "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>T</title><link>https://n.example/</link>"
                        + "<description>d</description>"
                        + "<item><title> Dam  opens </title><link>https://n.example/dam</link>"
                        + "<author>desk@n.example (Ana Ruiz)</author><pubDate>Mon, 02 Mar 2026 23:30:00 -0500</pubDate></item>"
                        + "<item><title>Second</title><link>/second</link></item>"
                        + "</channel></rss>";

        FeedParse parse = parser.parse(rss, "https://n.example/feed.xml");

        assertThat(parse.problem()).isEmpty();
        assertThat(parse.items())
                .containsExactly(
                        new FeedItem(
                                "https://n.example/dam",
                                "Dam opens",
                                List.of("desk@n.example (Ana Ruiz)"),
                                Optional.of(LocalDate.of(2026, 3, 3))),
                        new FeedItem("https://n.example/second", "Second", List.of(), Optional.empty()));
    }

    @Test
    void reads_atom_entries_with_authors_and_falls_back_to_the_updated_date() {
        String atom = "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>T</title><id>urn:t</id>"
                + "<updated>2026-03-05T08:00:00Z</updated>"
                + "<entry><title>One</title><id>urn:1</id><link rel=\"alternate\" href=\"https://n.example/1\"/>"
                + "<author><name>Ruth Penn</name></author><updated>2026-03-04T10:00:00Z</updated></entry>"
                + "</feed>";

        assertThat(parser.parse(atom, "atom.xml").items())
                .containsExactly(new FeedItem(
                        "https://n.example/1", "One", List.of("Ruth Penn"), Optional.of(LocalDate.of(2026, 3, 4))));
    }

    @Test
    void a_relative_link_in_a_local_feed_file_is_unusable() {
        String rss = "<rss version=\"2.0\"><channel><title>T</title><link>x</link><description>d</description>"
                + "<item><title>Rel</title><link>/rel</link></item></channel></rss>";

        assertThat(parser.parse(rss, "feeds/local.rss").items())
                .extracting(FeedItem::link)
                .containsExactly("");
    }

    @Test
    void xml_that_is_not_a_feed_is_invalid() {
        FeedParse parse = parser.parse("<?xml version=\"1.0\"?><catalog><book/></catalog>", "books.xml");

        assertThat(parse.items()).isEmpty();
        assertThat(parse.problem().map(Diagnostic::code)).contains("FEED_INVALID");
        assertThat(parse.problem().map(Diagnostic::message).orElseThrow())
                .startsWith("not a readable RSS or Atom feed (")
                .endsWith("); check the URL or file, or pass the article pages themselves");
    }

    @Test
    void broken_xml_and_doctypes_are_invalid() {
        assertThat(parser.parse("<rss version=\"2.0\"><channel>", "a.rss")
                        .problem()
                        .map(Diagnostic::code))
                .contains("FEED_INVALID");
        String withEntity = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<rss version=\"2.0\"><channel><title>&x;</title></channel></rss>";
        assertThat(parser.parse(withEntity, "a.rss").problem().map(Diagnostic::code))
                .contains("FEED_INVALID");
    }

    @Test
    void a_feed_without_entries_is_empty() {
        String rss = "<rss version=\"2.0\"><channel><title>T</title><link>x</link><description>d</description>"
                + "</channel></rss>";

        assertThat(parser.parse(rss, "https://n.example/feed").problem())
                .contains(Diagnostic.warning(
                        "FEED_EMPTY",
                        "the feed has no entries; try again later or check the feed URL",
                        "https://n.example/feed"));
    }
}
