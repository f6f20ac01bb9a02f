package org.storyline.ingest.scrape;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ScrapeReaderTest {
    private final ScrapeReader reader = new ScrapeReader();

    private static String fixture(String name) throws IOException {
        try (InputStream in = ScrapeReaderTest.class.getResourceAsStream("/ingest/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void cleans_a_scrape_and_splits_off_the_appended_unrelated_story() throws IOException {
        List<ScrapedStory> stories = reader.read(fixture("scrape-appended.txt"));

        assertThat(stories)
                .containsExactly(
                        new ScrapedStory(
                                "Floodwaters force thousands from homes in Marlow Valley",
                                List.of(
                                        "More than 3,000 residents of the Marlow Valley were evacuated on Tuesday after the"
                                                + " River Kenn burst its banks for the second time this month, the county"
                                                + " council said.",
                                        "Emergency crews used boats to reach families trapped on the upper floors of houses"
                                                + " along Station Road, where the water rose nearly two metres overnight.",
                                        "\"We have never seen the Kenn rise this fast,\" said Helen Brody, who leads the"
                                                + " council's emergency team. \"Our crews worked through the night and they"
                                                + " will keep going until every street is clear.\"",
                                        "The Environment Agency issued four severe flood warnings for the valley and said"
                                                + " more rain was expected on Wednesday.",
                                        "Brody said temporary shelters at Marlow school and the town hall were holding about"
                                                + " 600 people.")),
                        new ScrapedStory(
                                "Orchestra names new chief conductor",
                                List.of(
                                        "The Northgate Philharmonic has appointed the Finnish violinist Aino Lehtonen as its"
                                                + " chief conductor from next season, ending a two-year search.",
                                        "Lehtonen, 41, will lead twelve concerts a year and oversee the orchestra's tours of"
                                                + " Japan and Canada, the board said in a statement.",
                                        "She succeeds Pavel Orlov, who stepped down in 2024 after a decade with the"
                                                + " ensemble.")));
    }

    @Test
    void splits_an_unrelated_story_even_without_a_widget_before_it() throws IOException {
        String withoutWidget = fixture("scrape-appended.txt")
                .replace(
                        "We use cookies to improve your experience on our site. Accept all cookiesCookie settings\n\n",
                        "");

        List<ScrapedStory> stories = reader.read(withoutWidget);

        assertThat(stories)
                .extracting(ScrapedStory::title)
                .containsExactly(
                        "Floodwaters force thousands from homes in Marlow Valley",
                        "Orchestra names new chief conductor");
    }

    @Test
    void keeps_subheadings_of_the_same_story_inside_it() throws IOException {
        List<ScrapedStory> stories = reader.read(fixture("scrape-subheading.txt"));

        assertThat(stories).hasSize(1);
        assertThat(stories.get(0).title()).isEqualTo("Port strike halts grain exports from Harwick");
        assertThat(stories.get(0).paragraphs()).hasSize(9);
        assertThat(stories.get(0).paragraphs().get(3)).isEqualTo("Talks break down");
        assertThat(stories.get(0).paragraphs().get(7)).isEqualTo("Farmers count the cost");
    }

    @Test
    void a_long_first_line_is_body_not_headline_and_single_newlines_separate_paragraphs() {
        String text = "Officials in the coastal town said on Monday that the harbour wall would be rebuilt before"
                + " winter, after storms damaged it twice this year\n"
                + "Work will start in June.\n"
                + "The cost is not yet known.";

        List<ScrapedStory> stories = reader.read(text);

        assertThat(stories)
                .containsExactly(new ScrapedStory(
                        "",
                        List.of(
                                "Officials in the coastal town said on Monday that the harbour wall would be rebuilt before winter,"
                                        + " after storms damaged it twice this year",
                                "Work will start in June.",
                                "The cost is not yet known.")));
        assertThat(stories.get(0).body())
                .isEqualTo(
                        "Officials in the coastal town said on Monday that the harbour wall would be rebuilt before winter,"
                                + " after storms damaged it twice this year\n\nWork will start in June.\n\nThe cost is not"
                                + " yet known.");
    }

    @Test
    void a_short_first_line_without_a_blank_line_after_it_is_not_a_headline() {
        List<ScrapedStory> stories = reader.read("Storm warning\nThe coast guard issued a warning.\n");

        assertThat(stories)
                .containsExactly(new ScrapedStory("", List.of("Storm warning", "The coast guard issued a warning.")));
    }

    @Test
    void a_first_line_ending_with_a_period_is_not_a_headline() {
        List<ScrapedStory> stories = reader.read("The ferry is late.\n\nIt left an hour after noon.\n");

        assertThat(stories.get(0).title()).isEmpty();
    }

    @Test
    void drops_every_copy_of_a_doubled_caption_and_keeps_a_single_short_line() {
        String text = "Council approves new park\n\nChildren at the old playground\nChildren at the old playground\n"
                + "The council approved the park on Monday.\nA fence\nIt will open in May.";

        List<ScrapedStory> stories = reader.read(text);

        assertThat(stories)
                .containsExactly(new ScrapedStory(
                        "Council approves new park",
                        List.of("The council approved the park on Monday.", "A fence", "It will open in May.")));
    }

    @Test
    void keeps_the_sentence_before_a_consent_widget_glued_to_it() {
        String text = "The mayor said the new tram line would open in the spring of next year.We need your consent"
                + " to load this video player contentManage Preferences\nTickets will cost two euros.";

        List<ScrapedStory> stories = reader.read(text);

        assertThat(stories.get(0).paragraphs())
                .containsExactly(
                        "The mayor said the new tram line would open in the spring of next year.",
                        "Tickets will cost two euros.");
    }

    @Test
    void rejoins_hard_wrapped_lines_and_normalises_spaces() {
        String text = "Rail fares rise\r\n\r\nRail fares will rise by four per cent in January, the\r\n"
                + "operator said,\u00a0citing higher energy costs.\r\n\r\nPassenger groups objected.";

        List<ScrapedStory> stories = reader.read(text);

        assertThat(stories)
                .containsExactly(new ScrapedStory(
                        "Rail fares rise",
                        List.of(
                                "Rail fares will rise by four per cent in January, the operator said, citing higher energy costs.",
                                "Passenger groups objected.")));
    }

    @Test
    void nothing_but_boilerplate_gives_no_story() {
        assertThat(reader.read("Skip to main content\n\nAdvertisement\n\nSign up for our newsletter\n"))
                .isEmpty();
        assertThat(reader.read("  \n\n")).isEmpty();
    }

    @Test
    void random_line_soup_never_yields_blank_or_invented_paragraphs() {
        long seed = new Random().nextLong();
        Random random = new Random(seed);
        String[] pieces = {
            "Skip to content",
            "The river rose by a metre.",
            "Harbour closed",
            "Share this article",
            "Fishermen waited on the quay for news of the boats.",
            "",
            "",
            "We use cookies on this site.",
            "Photo: the harbour at dawn",
            "\"We are worried,\" said one captain.",
            "Advertisement",
            "a wrapped tail"
        };
        for (int round = 0; round < 200; round++) {
            StringBuilder text = new StringBuilder();
            int lines = random.nextInt(25);
            for (int i = 0; i < lines; i++) {
                text.append(pieces[random.nextInt(pieces.length)]).append(random.nextBoolean() ? "\n" : "\r\n");
            }
            String input = text.toString();
            List<String> output = new ArrayList<>();
            for (ScrapedStory story : reader.read(input)) {
                output.add(story.title());
                output.addAll(story.paragraphs());
                assertThat(story.body()).as("seed %d input %s", seed, input).doesNotContain("\n\n\n");
                assertThat(story.paragraphs())
                        .as("seed %d input %s", seed, input)
                        .allSatisfy(p -> assertThat(p).isNotBlank().isEqualTo(p.strip()));
            }
            assertThat(isSubsequence(words(String.join(" ", output)), words(input)))
                    .as("output words keep input order, nothing invented; seed %d input %s", seed, input)
                    .isTrue();
        }
    }

    private static List<String> words(String text) {
        return List.of(text.strip().isEmpty() ? new String[0] : text.strip().split("\\s+"));
    }

    private static boolean isSubsequence(List<String> part, List<String> whole) {
        int at = 0;
        for (String word : part) {
            while (at < whole.size() && !whole.get(at).equals(word)) {
                at++;
            }
            if (at == whole.size()) {
                return false;
            }
            at++;
        }
        return true;
    }
}
