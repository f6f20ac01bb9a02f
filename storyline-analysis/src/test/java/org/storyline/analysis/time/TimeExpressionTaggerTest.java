package org.storyline.analysis.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.storyline.model.Anchor;
import org.storyline.model.DateMention;
import org.storyline.model.Granularity;
import org.storyline.model.Span;
import org.storyline.model.TimexType;

class TimeExpressionTaggerTest {

    /** A Thursday. */
    private static final Optional<LocalDate> AUG_18 = Optional.of(LocalDate.of(2016, 8, 18));
    /** A Saturday. */
    private static final Optional<LocalDate> DEC_3 = Optional.of(LocalDate.of(2016, 12, 3));

    private final TimeExpressionTagger tagger = new TimeExpressionTagger();

    /** "covered | TYPE value GRANULARITY ANCHOR" for each mention, so failures read well. */
    private List<String> tag(String text, Optional<LocalDate> date) {
        List<DateMention> mentions = tagger.tag(text, date);
        for (DateMention m : mentions) {
            assertThat(m.text()).isEqualTo(m.span().of(text));
        }
        return mentions.stream()
                .map(m -> m.text() + " | " + m.type() + " " + m.value() + " " + m.granularity() + " " + m.anchor())
                .toList();
    }

    @Test
    void resolves_thursday_against_publication_date() {
        assertThat(tagger.tag("The envoy proposed a truce on Thursday.", AUG_18))
                .containsExactly(new DateMention(
                        new Span(30, 38),
                        "Thursday",
                        TimexType.DATE,
                        "2016-08-18",
                        Granularity.DAY,
                        Anchor.PUBLICATION_DATE));
    }

    @Test
    void resolves_past_weekdays_back_and_parts_of_days_to_the_day() {
        assertThat(tag("Shelling resumed Wednesday evening and went on late Wednesday. Talks ended on Friday.", DEC_3))
                .containsExactly(
                        "Wednesday evening | TIME 2016-11-30TEV DAY PUBLICATION_DATE",
                        "late Wednesday | DATE 2016-11-30 DAY PUBLICATION_DATE",
                        "Friday | DATE 2016-12-02 DAY PUBLICATION_DATE");
    }

    @Test
    void resolves_future_weekdays_forward() {
        assertThat(tag("The ministers will meet on Friday.", AUG_18))
                .containsExactly("Friday | DATE 2016-08-19 DAY PUBLICATION_DATE");
    }

    @Test
    void reads_would_in_reported_speech_as_future_in_the_past() {
        // said on Monday 28 November that talks would resume on Friday: the Friday after the Monday, before publication
        assertThat(tag("He said on Monday that talks would resume on Friday.", DEC_3))
                .containsExactly(
                        "Monday | DATE 2016-11-28 DAY PUBLICATION_DATE",
                        "Friday | DATE 2016-12-02 DAY PUBLICATION_DATE");
        assertThat(tag("He added that the minister would meet his counterpart in Rome on Friday.", DEC_3))
                .containsExactly("Friday | DATE 2016-12-02 DAY PUBLICATION_DATE");
    }

    @Test
    void reads_absolute_calendar_dates() {
        assertThat(tag("It began on 18 August 2016, or Aug. 18, 2016, logged as 2016-08-18.", DEC_3))
                .containsExactly(
                        "18 August 2016 | DATE 2016-08-18 DAY ABSOLUTE",
                        "Aug. 18, 2016 | DATE 2016-08-18 DAY ABSOLUTE",
                        "2016-08-18 | DATE 2016-08-18 DAY ABSOLUTE");
        assertThat(tag("Prices fell in September 2015, in 2011 and in early 2011, unlike the 1990s.", DEC_3))
                .containsExactly(
                        "September 2015 | DATE 2015-09 MONTH ABSOLUTE",
                        "2011 | DATE 2011 YEAR ABSOLUTE",
                        "early 2011 | DATE 2011 YEAR ABSOLUTE",
                        "the 1990s | DATE 199 DECADE ABSOLUTE");
    }

    @Test
    void gives_months_without_a_year_the_nearest_year_in_the_tense_direction() {
        assertThat(tag("Aid arrived on August 18. Fighting peaked in December.", AUG_18))
                .containsExactly(
                        "August 18 | DATE 2016-08-18 DAY PUBLICATION_DATE",
                        "December | DATE 2015-12 MONTH PUBLICATION_DATE");
        assertThat(tag("Elections will be held in December.", AUG_18))
                .containsExactly("December | DATE 2016-12 MONTH PUBLICATION_DATE");
        assertThat(tag("The deal was signed in December.", DEC_3))
                .containsExactly("December | DATE 2016-12 MONTH PUBLICATION_DATE");
    }

    @Test
    void resolves_deictic_days_weeks_months_and_years() {
        String text = "Today, yesterday and tomorrow; this morning; last week, this week and next week; last month; "
                + "this year; two days ago; a year ago; earlier this month.";
        assertThat(tag(text, AUG_18))
                .containsExactly(
                        "Today | DATE 2016-08-18 DAY PUBLICATION_DATE",
                        "yesterday | DATE 2016-08-17 DAY PUBLICATION_DATE",
                        "tomorrow | DATE 2016-08-19 DAY PUBLICATION_DATE",
                        "this morning | TIME 2016-08-18TMO DAY PUBLICATION_DATE",
                        "last week | DATE 2016-W32 WEEK PUBLICATION_DATE",
                        "this week | DATE 2016-W33 WEEK PUBLICATION_DATE",
                        "next week | DATE 2016-W34 WEEK PUBLICATION_DATE",
                        "last month | DATE 2016-07 MONTH PUBLICATION_DATE",
                        "this year | DATE 2016 YEAR PUBLICATION_DATE",
                        "two days ago | DATE 2016-08-16 DAY PUBLICATION_DATE",
                        "a year ago | DATE 2015 YEAR PUBLICATION_DATE",
                        "earlier this month | DATE 2016-08 MONTH PUBLICATION_DATE");
    }

    @Test
    void reads_durations() {
        String text =
                "More than 50,000 people fled in three days after almost five years of war; in the last two weeks "
                        + "and for months a 48-hour truce held.";
        assertThat(tag(text, DEC_3))
                .containsExactly(
                        "three days | DURATION P3D DAY ABSOLUTE",
                        "almost five years | DURATION P5Y YEAR ABSOLUTE",
                        "the last two weeks | DURATION P2W WEEK ABSOLUTE",
                        "months | DURATION PXM MONTH ABSOLUTE",
                        "48-hour | DURATION PT48H TIME ABSOLUTE");
    }

    @Test
    void reads_vague_references_but_not_recently() {
        assertThat(tag("In the past the town was quiet; now it is currently under siege, recently more so.", DEC_3))
                .containsExactly(
                        "the past | DATE PAST_REF VAGUE ABSOLUTE",
                        "now | DATE PRESENT_REF VAGUE ABSOLUTE",
                        "currently | DATE PRESENT_REF VAGUE ABSOLUTE");
    }

    @Test
    void reads_sets_and_clock_times() {
        assertThat(tag("Every day at 8 p.m. and at 15:00 GMT, and weekly.", DEC_3))
                .containsExactly(
                        "Every day | SET P1D DAY ABSOLUTE",
                        "8 p.m. | TIME 2016-12-03T20:00 TIME PUBLICATION_DATE",
                        "15:00 GMT | TIME 2016-12-03T15:00 TIME PUBLICATION_DATE",
                        "weekly | SET P1W DAY ABSOLUTE".replace("DAY", "WEEK"));
    }

    @Test
    void reads_the_tense_of_the_clause_before_the_attribution() {
        assertThat(tag("Closures will begin on April 7, the agency said.", Optional.of(LocalDate.of(2016, 3, 22))))
                .containsExactly("April 7 | DATE 2016-04-07 DAY PUBLICATION_DATE");
    }

    @Test
    void gives_a_clock_time_the_weekday_named_after_it() {
        assertThat(tag("The vote was postponed until 15:00 GMT Saturday and noon on Friday.", AUG_18))
                .containsExactly(
                        "15:00 GMT Saturday | TIME 2016-08-20T15:00 TIME PUBLICATION_DATE",
                        "noon on Friday | TIME 2016-08-19T12:00 TIME PUBLICATION_DATE");
    }

    @Test
    void leaves_ages_alone_and_reads_the_end_of_the_year() {
        assertThat(tag("His 22-year-old son left at the end of the year.", AUG_18))
                .containsExactly("the end of the year | DATE 2016 YEAR PUBLICATION_DATE");
    }

    @Test
    void leaves_counts_names_and_modal_may_alone() {
        assertThat(tag("Some 2000 people fled. Theresa May said talks may resume. The 2016 elections loom.", DEC_3))
                .containsExactly("2016 | DATE 2016 YEAR ABSOLUTE");
    }

    @Test
    void reads_seasons_quarters_and_relative_months() {
        assertThat(tag("Last summer, in the third quarter and last July; next spring.", DEC_3))
                .containsExactly(
                        "Last summer | DATE 2016-SU SEASON PUBLICATION_DATE",
                        "the third quarter | DATE 2016-Q3 QUARTER PUBLICATION_DATE",
                        "last July | DATE 2016-07 MONTH PUBLICATION_DATE",
                        "next spring | DATE 2017-SP SEASON PUBLICATION_DATE");
    }

    @Test
    void gives_placeholders_without_a_publication_date() {
        assertThat(tag(
                        "On Thursday, August 18, last week, Wednesday evening, yesterday and for three days.",
                        Optional.empty()))
                .containsExactly(
                        "Thursday | DATE XXXX-WXX-4 DAY UNRESOLVED",
                        "August 18 | DATE XXXX-08-18 DAY UNRESOLVED",
                        "last week | DATE XXXX-WXX WEEK UNRESOLVED",
                        "Wednesday evening | TIME XXXX-WXX-3TEV DAY UNRESOLVED",
                        "yesterday | DATE XXXX-XX-XX DAY UNRESOLVED",
                        "three days | DURATION P3D DAY ABSOLUTE");
    }

    @Test
    void random_text_gives_ordered_non_overlapping_spans_inside_the_text() {
        String[] pieces = {
            "on",
            "Thursday",
            "last",
            "week",
            "18",
            "August",
            "2016",
            "Aug.",
            "-",
            "three",
            "days",
            "ago",
            "the",
            "past",
            "now",
            "December",
            "early",
            "1990s",
            " ",
            " ",
            " ",
            ",",
            ".",
            "\n",
            "will",
            "said",
            "a",
            "year",
            "every",
            "8",
            "p.m.",
            "15:00",
            "May",
            "evening",
            "late",
            "Wednesday",
            "months",
            "48-hour",
            "2016-08-18",
            "'90s"
        };
        long seed = System.nanoTime();
        Random random = new Random(seed);
        for (int round = 0; round < 500; round++) {
            StringBuilder sb = new StringBuilder();
            int n = random.nextInt(30);
            for (int k = 0; k < n; k++) {
                sb.append(pieces[random.nextInt(pieces.length)]);
                if (random.nextBoolean()) {
                    sb.append(' ');
                }
            }
            String text = sb.toString();
            Optional<LocalDate> date = random.nextBoolean()
                    ? Optional.empty()
                    : Optional.of(LocalDate.of(2000, 1, 1).plusDays(random.nextInt(10000)));
            String context = "seed " + seed + " round " + round + " date " + date + " text '" + text + "'";
            List<DateMention> mentions = tagger.tag(text, date);
            int previousEnd = 0;
            for (DateMention m : mentions) {
                assertThat(m.span().start()).as(context).isGreaterThanOrEqualTo(previousEnd);
                assertThat(m.span().end())
                        .as(context)
                        .isLessThanOrEqualTo(text.length())
                        .isGreaterThan(m.span().start());
                assertThat(m.text()).as(context).isEqualTo(m.span().of(text));
                previousEnd = m.span().end();
            }
        }
    }

    @Test
    void reads_ago_before_year_one_as_the_past_instead_of_failing() {
        assertThat(tag("Sailors crossed this sea 3,000 years ago, and ice covered it 125,000 years ago.", DEC_3))
                .containsExactly(
                        "3,000 years ago | DATE PAST_REF VAGUE ABSOLUTE",
                        "125,000 years ago | DATE PAST_REF VAGUE ABSOLUTE");
        assertThat(tag("The wall was built 1,500 years ago.", DEC_3))
                .containsExactly("1,500 years ago | DATE 0516 YEAR PUBLICATION_DATE");
    }
}
