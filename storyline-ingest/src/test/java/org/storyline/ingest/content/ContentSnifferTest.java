package org.storyline.ingest.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContentSnifferTest {
    private final ContentSniffer sniffer = new ContentSniffer();

    @Test
    void feeds_are_known_by_their_root_element_whatever_the_label() {
        assertThat(sniffer.kindOf(
                        "<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel/></rss>", "text/html", "a.html"))
                .isEqualTo(ContentKind.FEED);
        assertThat(sniffer.kindOf("<feed xmlns=\"http://www.w3.org/2005/Atom\"/>", "", "news.txt"))
                .isEqualTo(ContentKind.FEED);
        assertThat(sniffer.kindOf("<?xml version=\"1.0\"?><!-- c --><rdf:RDF/>", "", "x"))
                .isEqualTo(ContentKind.FEED);
    }

    @Test
    void html_is_known_by_doctype_or_root_even_in_a_txt_file() {
        assertThat(sniffer.kindOf("  <!DOCTYPE html><html></html>", "", "page.txt"))
                .isEqualTo(ContentKind.HTML);
        assertThat(sniffer.kindOf("<?xml version=\"1.0\"?>\n<html xmlns=\"x\"/>", "", "page.xhtml"))
                .isEqualTo(ContentKind.HTML);
        assertThat(sniffer.kindOf("<div><p>fragment</p></div>", "", "saved")).isEqualTo(ContentKind.HTML);
    }

    @Test
    void xml_that_is_no_feed_goes_to_the_feed_parser_to_be_reported() {
        assertThat(sniffer.kindOf("<?xml version=\"1.0\"?><catalog/>", "", "books.xml"))
                .isEqualTo(ContentKind.FEED);
        assertThat(sniffer.kindOf("<?xml version=\"1.0\"?><catalog/>", "", "books"))
                .isEqualTo(ContentKind.FEED);
    }

    @Test
    void without_markup_the_label_decides() {
        assertThat(sniffer.kindOf("Headline\n\nBody.", "", "story.txt")).isEqualTo(ContentKind.TEXT);
        assertThat(sniffer.kindOf("Headline\n\nBody.", "", "story")).isEqualTo(ContentKind.TEXT);
        assertThat(sniffer.kindOf("Body only", "", "page.HTM")).isEqualTo(ContentKind.HTML);
        assertThat(sniffer.kindOf("not xml at all", "", "feed.rss")).isEqualTo(ContentKind.FEED);
        assertThat(sniffer.kindOf("not xml at all", "application/rss+xml", "https://x.org/feed"))
                .isEqualTo(ContentKind.FEED);
        assertThat(sniffer.kindOf("Words", "text/plain", "https://x.org/a.html"))
                .isEqualTo(ContentKind.TEXT);
        assertThat(sniffer.kindOf("Words", "", "https://x.org/news/a.html?id=3"))
                .isEqualTo(ContentKind.HTML);
    }
}
