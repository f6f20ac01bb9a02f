package org.storyline.analysis.sentence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.storyline.model.Sentence;

class SentenceSplitterTest {

    private final SentenceSplitter splitter = new SentenceSplitter();

    private List<String> texts(String text) {
        return splitter.split(text).stream().map(s -> s.span().of(text)).toList();
    }

    @Test
    void splits_plain_sentences_and_excludes_whitespace() {
        String text = "  The river rose.  Farmers left their fields!   Would they return? ";
        assertThat(texts(text)).containsExactly("The river rose.", "Farmers left their fields!", "Would they return?");
        List<Sentence> sentences = splitter.split(text);
        assertThat(sentences.get(0).start()).isEqualTo(2);
        assertThat(sentences).extracting(Sentence::index).containsExactly(0, 1, 2);
    }

    @Test
    void never_crosses_a_paragraph_break_and_counts_paragraphs() {
        String text = "Talks resume in Oslo\n\nDelegates arrived late. They met at noon\n\n\n  The end.";
        List<Sentence> sentences = splitter.split(text);
        assertThat(texts(text))
                .containsExactly("Talks resume in Oslo", "Delegates arrived late.", "They met at noon", "The end.");
        assertThat(sentences).extracting(Sentence::paragraph).containsExactly(0, 1, 1, 2);
    }

    @Test
    void reads_single_line_breaks_as_paragraphs_when_there_is_no_blank_line() {
        String text = "Floods in the valley\nThe water rose overnight.\nResidents fled";
        assertThat(texts(text)).containsExactly("Floods in the valley", "The water rose overnight.", "Residents fled");
        assertThat(splitter.split(text)).extracting(Sentence::paragraph).containsExactly(0, 1, 2);
    }

    @Test
    void a_short_line_without_punctuation_inside_a_paragraph_is_a_headline() {
        String text = "Ministers meet again\nThe talks began on Monday.\n\nNext paragraph.";
        assertThat(texts(text))
                .containsExactly("Ministers meet again", "The talks began on Monday.", "Next paragraph.");
        assertThat(splitter.split(text)).extracting(Sentence::paragraph).containsExactly(0, 0, 1);
    }

    @Test
    void a_wrapped_line_continued_in_lower_case_is_joined() {
        String text = "The convoy reached the\nvillage at dawn.\n\nMore.";
        assertThat(texts(text)).containsExactly("The convoy reached the\nvillage at dawn.", "More.");
    }

    @Test
    void keeps_titles_and_honorifics_inside_the_sentence() {
        String text = "Mr. Olsen met Mrs. Berg and Dr. Ahmed. Gen. Novak, Maj. Ruiz, Lt. Col. Park and Sgt. Lee "
                + "waited on St. Mark's square. They left.";
        assertThat(texts(text))
                .containsExactly(
                        "Mr. Olsen met Mrs. Berg and Dr. Ahmed.",
                        "Gen. Novak, Maj. Ruiz, Lt. Col. Park and Sgt. Lee waited on St. Mark's square.",
                        "They left.");
    }

    @Test
    void keeps_dotted_acronyms_unless_a_sentence_opener_follows() {
        String text = "The U.S. State Department and the U.N. Security Council met E.U. envoys in the U.K. "
                + "The meeting ended in the U.S. Embassy staff left.";
        assertThat(texts(text))
                .containsExactly(
                        "The U.S. State Department and the U.N. Security Council met E.U. envoys in the U.K.",
                        "The meeting ended in the U.S. Embassy staff left.");
    }

    @Test
    void keeps_month_and_number_abbreviations_before_numbers() {
        String text = "It began on Jan. 5 and ended Feb. 9, 2016. Resolution No. 2254 passed. She said no. We agreed.";
        assertThat(texts(text))
                .containsExactly(
                        "It began on Jan. 5 and ended Feb. 9, 2016.",
                        "Resolution No. 2254 passed.",
                        "She said no.",
                        "We agreed.");
    }

    @Test
    void keeps_inner_abbreviations_company_suffixes_and_initials() {
        String text = "Rivera vs. Lund was heard, e.g. by judges, i.e. twelve of them, etc. Acme Inc. Chief Executive "
                + "Dana Wu and Borg Corp. said John F. Kennedy Jr. spoke. It was Acme Ltd. The end.";
        assertThat(texts(text))
                .containsExactly(
                        "Rivera vs. Lund was heard, e.g. by judges, i.e. twelve of them, etc. Acme Inc. Chief Executive "
                                + "Dana Wu and Borg Corp. said John F. Kennedy Jr. spoke.",
                        "It was Acme Ltd.",
                        "The end.");
    }

    @Test
    void keeps_decimals_and_lower_case_continuations_after_ellipses() {
        String text = "Prices rose 3.5 percent... then fell. It was over... The market closed.";
        assertThat(texts(text))
                .containsExactly("Prices rose 3.5 percent... then fell.", "It was over...", "The market closed.");
    }

    @Test
    void ends_after_the_closing_quote() {
        String text = "He said: \"We will rebuild the city.\" The crowd cheered. \u201CIt is over.\u201D She wept.";
        assertThat(texts(text))
                .containsExactly(
                        "He said: \"We will rebuild the city.\"",
                        "The crowd cheered.",
                        "\u201CIt is over.\u201D",
                        "She wept.");
    }

    @Test
    void keeps_a_quote_with_its_attribution() {
        String text = "\"Why now?\" he asked. \"We stay!\" said the mayor. \"It is done,\" she said. Next.";
        assertThat(texts(text))
                .containsExactly(
                        "\"Why now?\" he asked.", "\"We stay!\" said the mayor.", "\"It is done,\" she said.", "Next.");
    }

    @Test
    void returns_nothing_for_blank_text() {
        assertThat(splitter.split("")).isEmpty();
        assertThat(splitter.split(" \n\n \t")).isEmpty();
    }

    @Test
    void random_text_gives_ordered_covering_sentences_within_paragraphs() {
        String[] pieces = {
            "word", "Word", ".", "?", "!", "...", "\"", "\u201D", " ", " ", " ", "\n", "\n\n", "\n \n", "Mr.", "U.S.",
            "3.5", "F.", "No.", "etc.", "the", "(", ")", "\u2026", "\t", "The", "x"
        };
        long seed = System.nanoTime();
        Random random = new Random(seed);
        for (int round = 0; round < 500; round++) {
            StringBuilder sb = new StringBuilder();
            int n = random.nextInt(40);
            for (int k = 0; k < n; k++) {
                sb.append(pieces[random.nextInt(pieces.length)]);
            }
            String text = sb.toString();
            checkInvariants(text, splitter.split(text), "seed " + seed + " round " + round + " text '" + text + "'");
        }
    }

    private static void checkInvariants(String text, List<Sentence> sentences, String context) {
        boolean[] covered = new boolean[text.length()];
        int previousEnd = 0;
        int previousParagraph = 0;
        for (int k = 0; k < sentences.size(); k++) {
            Sentence s = sentences.get(k);
            assertThat(s.index()).as(context).isEqualTo(k);
            assertThat(s.start()).as(context).isGreaterThanOrEqualTo(previousEnd);
            assertThat(s.end()).as(context).isLessThanOrEqualTo(text.length()).isGreaterThan(s.start());
            String covered1 = s.span().of(text);
            assertThat(covered1).as(context).isEqualTo(covered1.strip());
            assertThat(text.substring(s.start(), s.end())).as(context).doesNotContainPattern("\n[ \\t\\r]*\n");
            assertThat(s.paragraph()).as(context).isBetween(previousParagraph, previousParagraph + 1);
            if (k > 0 && s.paragraph() == previousParagraph) {
                assertThat(text.substring(previousEnd, s.start())).as(context).doesNotContainPattern("\n[ \\t\\r]*\n");
            }
            for (int c = s.start(); c < s.end(); c++) {
                covered[c] = true;
            }
            previousEnd = s.end();
            previousParagraph = s.paragraph();
        }
        for (int c = 0; c < text.length(); c++) {
            if (!Character.isWhitespace(text.charAt(c))) {
                assertThat(covered[c]).as(context + " char " + c).isTrue();
            }
        }
    }
}
