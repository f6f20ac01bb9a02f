package org.storyline.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DateTextParserTest {
    private static final LocalDate DEC_3 = LocalDate.of(2016, 12, 3);

    @Test
    void reads_iso_timestamps_without_shifting_the_local_day() {
        assertThat(DateTextParser.find("2016-12-03T23:30:00-05:00", false, true))
                .contains(DEC_3);
    }

    @Test
    void reads_english_month_names_in_both_orders() {
        assertThat(DateTextParser.find("Published Dec. 3, 2016 at 10:00", false, false))
                .contains(DEC_3);
        assertThat(DateTextParser.find("Saturday 3rd December 2016", false, false))
                .contains(DEC_3);
    }

    @Test
    void reads_german_french_and_spanish_month_names() {
        assertThat(DateTextParser.find("Veröffentlicht am 3. Dezember 2016", false, false))
                .contains(DEC_3);
        assertThat(DateTextParser.find("publié le 3 décembre 2016", false, false))
                .contains(DEC_3);
        assertThat(DateTextParser.find("3 de diciembre de 2016", false, false)).contains(DEC_3);
    }

    @Test
    void reads_numeric_dates_day_first_unless_month_first_is_asked_for() {
        assertThat(DateTextParser.find("03.12.2016", false, false)).contains(DEC_3);
        assertThat(DateTextParser.find("12/03/2016", true, false)).contains(DEC_3);
        assertThat(DateTextParser.find("03/12/2016", false, false)).contains(DEC_3);
        assertThat(DateTextParser.find("25/12/2016", true, false)).contains(LocalDate.of(2016, 12, 25));
    }

    @Test
    void compact_dates_only_count_when_allowed() {
        assertThat(DateTextParser.find("20161203", false, true)).contains(DEC_3);
        assertThat(DateTextParser.find("order 20161203", false, false)).isEmpty();
    }

    @Test
    void rejects_impossible_days_and_years_out_of_range() {
        assertThat(DateTextParser.find("2016-02-31", false, true)).isEmpty();
        assertThat(DateTextParser.find("3 December 1985", false, false)).isEmpty();
        assertThat(DateTextParser.find("no date here", false, false)).isEmpty();
    }

    @Test
    void url_dates_in_paths_and_slugs() {
        assertThat(PublicationDateExtractor.fromUrl("https://x.example/2016/12/03/story"))
                .contains(DEC_3);
        assertThat(PublicationDateExtractor.fromUrl("https://x.example/news/20161203/story"))
                .contains(DEC_3);
        assertThat(PublicationDateExtractor.fromUrl("https://x.example/story-2016-12-03.html"))
                .contains(DEC_3);
        assertThat(PublicationDateExtractor.fromUrl("https://x.example/2016/story"))
                .isEmpty();
        assertThat(PublicationDateExtractor.fromUrl("https://2016-12-03.example/story"))
                .isEmpty();
    }
}
