package org.storyline.analysis.figure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.storyline.model.Figure;
import org.storyline.model.Qualifier;
import org.storyline.model.Sentence;
import org.storyline.model.Span;

class FigureExtractorTest {
    private final FigureExtractor extractor = new FigureExtractor();

    /** Sentences split after ". " — enough for invented test text. */
    private static List<Sentence> sentences(String text) {
        List<Sentence> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '.' && (i + 1 == text.length() || text.charAt(i + 1) == ' ')) {
                out.add(new Sentence(out.size(), new Span(start, i + 1), 0));
                start = i + 2;
            }
        }
        if (start < text.length()) {
            out.add(new Sentence(out.size(), new Span(start, text.length()), 0));
        }
        return out;
    }

    private List<Figure> figures(String text) {
        return extractor.extract(text, sentences(text));
    }

    /** value | unit | what | event | qualifier | timeFrame | vague, for compact exact comparisons. */
    private static String row(Figure f) {
        return String.join(
                " | ",
                f.text(),
                String.valueOf(f.value()),
                f.unit(),
                f.what(),
                f.event(),
                f.qualifier().name(),
                f.timeFrame(),
                String.valueOf(f.vague()));
    }

    private List<String> rows(String text) {
        return figures(text).stream().map(FigureExtractorTest::row).toList();
    }

    @Test
    void reads_hedged_count_with_event_and_time_frame() {
        String text = "More than 12,000 residents have fled the town within the last four days, an aid official"
                + " named Lina Okafor told reporters.";
        List<Figure> figures = figures(text);
        assertThat(figures)
                .containsExactly(new Figure(
                        new Span(0, 26),
                        "More than 12,000 residents",
                        12000,
                        "",
                        "resident",
                        "flee",
                        Qualifier.MORE_THAN,
                        "within the last four days",
                        false));
    }

    @Test
    void counts_those_who_fled_as_persons_when_the_noun_comes_first() {
        assertThat(rows("The tally of those who have recently fled the valley has surpassed 40,000 within the last"
                        + " two days, she said."))
                .containsExactly("40,000 | 40000.0 |  |  | flee | EXACT | within the last two days | false");
        assertThat(rows("The number of those who have fled the hills has passed 9,000 in three days."))
                .containsExactly("9,000 | 9000.0 |  | person | flee | EXACT | in three days | false");
    }

    @Test
    void borrows_event_and_noun_across_a_short_gap() {
        assertThat(rows("On Monday, shelling reportedly killed 31 villagers - and injured dozens more - as they ran."))
                .containsExactly(
                        "31 villagers | 31.0 |  | villager | kill | EXACT |  | false",
                        "dozens more | 12.0 |  | villager | injure | EXACT |  | true");
        assertThat(rows("A drone strike killed at least four people and injured 15 others."))
                .containsExactly(
                        "at least four people | 4.0 |  | person | kill | AT_LEAST |  | false",
                        "15 others | 15.0 |  | person | injure | EXACT |  | false");
    }

    @Test
    void reads_vague_amounts_as_their_lower_bound() {
        assertThat(rows("Tens of thousands of families fled and hundreds of thousands of children were displaced."))
                .containsExactly(
                        "Tens of thousands of families | 10000.0 |  | family | flee | EXACT |  | true",
                        "hundreds of thousands of children | 100000.0 |  | child | displace | EXACT |  | true");
        assertThat(rows("Millions more were left homeless, and a dozen died."))
                .containsExactly(
                        "Millions more | 1000000.0 |  |  | leave | EXACT |  | true",
                        "a dozen | 12.0 |  |  | die | EXACT |  | false");
    }

    @Test
    void reads_units_currencies_and_percentages() {
        assertThat(rows("The plan costs $5 million, or €2bn, and fuel rose 3.4% to US $71.15 per barrel."))
                .containsExactly(
                        "$5 million | 5000000.0 | USD |  |  | EXACT |  | false",
                        "€2bn | 2.0E9 | EUR |  |  | EXACT |  | false",
                        "3.4% | 3.4 | % |  |  | EXACT |  | false",
                        "US $71.15 per barrel | 71.15 | USD per barrel |  |  | EXACT |  | false");
        assertThat(rows("The convoy drove about 35 miles, nearly 12 km, carrying 2.5 tonnes and 40 per cent."))
                .containsExactly(
                        "about 35 miles | 35.0 | mile |  |  | ABOUT |  | false",
                        "nearly 12 km | 12.0 | km |  |  | ABOUT |  | false",
                        "2.5 tonnes | 2.5 | tonne |  |  | EXACT |  | false",
                        "40 per cent | 40.0 | % |  |  | EXACT |  | false");
    }

    @Test
    void reads_every_hedge() {
        assertThat(figures("Over 10 ships, at least 4 boats, some 700 troops, up to 9 jets, fewer than 3 tanks,"
                                + " roughly 8 vans, nearly 6 buses, an estimated 5 cars, no more than 2 trucks.")
                        .stream()
                        .map(Figure::qualifier)
                        .toList())
                .containsExactly(
                        Qualifier.MORE_THAN,
                        Qualifier.AT_LEAST,
                        Qualifier.ABOUT,
                        Qualifier.UP_TO,
                        Qualifier.LESS_THAN,
                        Qualifier.ABOUT,
                        Qualifier.ABOUT,
                        Qualifier.ABOUT,
                        Qualifier.AT_MOST);
    }

    @Test
    void singularizes_the_counted_head_noun() {
        assertThat(figures("They sent 200 additional military personnel, 300 special force troops, 40 civilians,"
                                + " 12 casualties, 3 women and 7 buses.")
                        .stream()
                        .map(Figure::what)
                        .toList())
                .containsExactly("personnel", "troop", "civilian", "casualty", "woman", "bus");
    }

    @Test
    void reads_event_verbs_from_the_table() {
        assertThat(figures("Some 90 rebels laid down their arms. 14 men were arrested. 8 wounded people were"
                                + " evacuated. 60 guards have been captured. 5 journalists died.")
                        .stream()
                        .map(Figure::event)
                        .toList())
                .containsExactly("surrender", "arrest", "injure", "capture", "die");
    }

    @Test
    void reads_numbers_in_words() {
        assertThat(rows("Two million people and twenty-five nurses stayed; half a million left."))
                .containsExactly(
                        "Two million people | 2000000.0 |  | person |  | EXACT |  | false",
                        "twenty-five nurses | 25.0 |  | nurse |  | EXACT |  | false",
                        "half a million | 500000.0 |  |  | leave | EXACT |  | false");
    }

    @Test
    void skips_years_dates_times_ages_ordinals_names_and_phones() {
        assertThat(figures("In 2019, on March 4 at 10:30 and 3 p.m., Lena, 7, a 9-year-old girl, met the G7"
                        + " about COVID-19 and Resolution 2417 for the 2nd time in the 1990s; call +44 20 7946 0958."))
                .isEmpty();
    }

    @Test
    void skips_one_used_as_a_pronoun() {
        assertThat(figures("One of the guards said no one came. It was the one thing. One another."))
                .isEmpty();
        assertThat(rows("Only one bridge remained."))
                .containsExactly("one bridge | 1.0 |  | bridge |  | EXACT |  | false");
    }

    @Test
    void a_duration_inside_a_time_frame_is_not_a_figure_of_its_own() {
        assertThat(rows("More than 300 people died in almost four years of war."))
                .containsExactly("More than 300 people | 300.0 |  | person | die | MORE_THAN | in almost four years"
                        + " of war | false");
        assertThat(rows("A 72-hour truce was agreed. Talks resume in three days."))
                .containsExactly(
                        "72-hour truce | 72.0 | hour | truce |  | EXACT |  | false",
                        "three days | 3.0 | day |  |  | EXACT |  | false");
    }

    @Test
    void time_frames_since_and_this_week_attach_to_the_nearest_figure() {
        assertThat(rows("Since Tuesday, 80 people have fled. This week 40 more left."))
                .containsExactly(
                        "80 people | 80.0 |  | person | flee | EXACT | Since Tuesday | false",
                        "40 more | 40.0 |  |  | leave | EXACT | This week | false");
    }

    @Test
    void joins_a_written_range_into_one_figure_with_scale_and_unit_carried_back() {
        assertThat(rows("Tickets cost between $62 and $68 per share, or $10 to $15 billion in all."))
                .containsExactly(
                        "between $62 and $68 per share | 62.0 | USD per share |  |  | EXACT |  | false",
                        "$10 to $15 billion | 1.0E10 | USD |  |  | EXACT |  | false");
        assertThat(rows("Four to five thousand people camped there at 15-22 miles per hour."))
                .containsExactly(
                        "Four to five thousand people | 4000.0 |  | person |  | EXACT |  | false",
                        "15-22 miles per hour | 15.0 | mile per hour |  |  | EXACT |  | false");
        assertThat(rows("Houses range from $300 to $2 million."))
                .containsExactly("from $300 to $2 million | 300.0 | USD |  |  | EXACT |  | false");
    }

    @Test
    void the_two_values_of_a_change_stay_two_figures() {
        assertThat(rows("The toll rose from 46 to 60 people, and shares fell 3% to $2.06."))
                .containsExactly(
                        "46 | 46.0 |  | person |  | EXACT |  | false",
                        "60 people | 60.0 |  | person |  | EXACT |  | false",
                        "3% | 3.0 | % |  |  | EXACT |  | false",
                        "$2.06 | 2.06 | USD |  |  | EXACT |  | false");
        assertThat(rows("Scores were tied at 89-89 late on.")).isEmpty();
    }

    @Test
    void figure_ranges_give_the_far_end_of_ranges_and_vague_amounts() {
        List<Figure> found = figures("Between 15 and 22 boats, $10 to $15 billion, dozens of cars and 7 vans.");
        assertThat(found.stream().map(f -> FigureRanges.end(f).orElse(-1)).toList())
                .containsExactly(22.0, 1.5e10, 120.0, -1.0);
    }

    @Test
    void reads_signs_glued_currency_codes_leading_points_and_millions() {
        assertThat(rows("It was -5 degrees, or minus 9 on the hill, and the rate fell to .25 per cent."))
                .containsExactly(
                        "-5 degrees | -5.0 | degree |  |  | EXACT |  | false",
                        "minus 9 | -9.0 |  |  |  | EXACT |  | false",
                        ".25 per cent | 0.25 | % |  |  | EXACT |  | false");
        assertThat(rows("The yacht sold for USD10m and the flat for RM2.70, a PS6m deal."))
                .containsExactly(
                        "USD10m | 1.0E7 | USD |  |  | EXACT |  | false",
                        "RM2.70 | 2.7 | MYR |  |  | EXACT |  | false",
                        "PS6m | 6000000.0 | GBP |  |  | EXACT |  | false");
        assertThat(rows("They shipped 12.3m tonnes past a 37m (121ft) wall and 35m of its cards.").stream()
                        .map(r -> r.substring(0, r.indexOf(" | ", r.indexOf(" | ") + 3)))
                        .toList())
                .containsExactly("12.3m tonnes | 1.23E7", "37m | 37.0", "121ft | 121.0", "35m | 3.5E7");
    }

    @Test
    void reads_areas_frequencies_and_engine_units() {
        assertThat(figures("A 570 sq m hall, a 120Hz screen, a 185 hp engine and 29 mpg.").stream()
                        .map(Figure::unit)
                        .toList())
                .containsExactly("square metre", "hertz", "horsepower", "mile per gallon");
    }

    @Test
    void skips_numbers_in_product_names_and_codes() {
        assertThat(figures("The iPhone 11 Pro costs less; the S&P 500 gained while trading closed at 0401 GMT."))
                .isEmpty();
    }

    @Test
    void uses_whole_text_when_no_sentences_are_given() {
        assertThat(extractor.extract("7 boats sank.", List.of())).hasSize(1);
    }

    @Test
    void rejects_sentences_outside_the_text() {
        assertThatThrownBy(() -> extractor.extract("short", List.of(new Sentence(0, new Span(0, 9), 0))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("length 5");
    }

    @Test
    void random_text_never_breaks_the_invariants() {
        long seed = new Random().nextLong();
        Random random = new Random(seed);
        String[] parts = {
            "12",
            "3.5",
            "1,200",
            "two",
            "million",
            "dozens",
            "of",
            "people",
            "%",
            "$",
            "€",
            "-",
            ",",
            ".",
            " ",
            " ",
            "\n",
            "\"",
            "killed",
            "more than",
            "within the last",
            "days",
            "Mr",
            "2016",
            "é",
            "\u0000",
            "\uD83D\uDE00",
            "one",
            "'",
            "hundreds",
            "bn",
            "per",
            "cent",
            "August",
            ":"
        };
        for (int round = 0; round < 300; round++) {
            StringBuilder sb = new StringBuilder();
            int n = random.nextInt(40);
            for (int k = 0; k < n; k++) {
                sb.append(parts[random.nextInt(parts.length)]);
                if (random.nextBoolean()) {
                    sb.append(' ');
                }
            }
            String text = sb.toString();
            List<Figure> figures = extractor.extract(text, sentences(text));
            int last = -1;
            for (Figure f : figures) {
                assertThat(f.span().end()).as("seed %d text '%s'", seed, text).isLessThanOrEqualTo(text.length());
                assertThat(f.span().start()).as("seed %d text '%s'", seed, text).isGreaterThanOrEqualTo(last);
                assertThat(f.text()).as("seed %d", seed).isEqualTo(f.span().of(text));
                assertThat(f.value()).as("seed %d", seed).isFinite();
                last = f.span().end();
            }
        }
    }
}
