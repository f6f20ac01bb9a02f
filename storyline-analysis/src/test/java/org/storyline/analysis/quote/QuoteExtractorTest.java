package org.storyline.analysis.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.storyline.model.EntityMention;
import org.storyline.model.EntityType;
import org.storyline.model.Quote;
import org.storyline.model.Sentence;
import org.storyline.model.Span;

class QuoteExtractorTest {
    private final QuoteExtractor extractor = new QuoteExtractor();

    /** Sentences end at . ! ? (plus a closing quote) before a space, and at every newline. */
    static List<Sentence> sentences(String t) {
        List<Sentence> out = new ArrayList<>();
        int start = 0;
        int paragraph = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '\n') {
                if (i > start) {
                    out.add(new Sentence(out.size(), new Span(start, i), paragraph));
                }
                start = i + 1;
                paragraph++;
            } else if ((c == '.' || c == '!' || c == '?')
                    && (i + 1 == t.length() || " \n\"”".indexOf(t.charAt(i + 1)) >= 0)) {
                int end = i + 1 < t.length() && (t.charAt(i + 1) == '"' || t.charAt(i + 1) == '”') ? i + 2 : i + 1;
                out.add(new Sentence(out.size(), new Span(start, end), paragraph));
                start = end;
                while (start < t.length() && t.charAt(start) == ' ') {
                    start++;
                }
                i = end - 1;
            }
        }
        if (start < t.length()) {
            out.add(new Sentence(out.size(), new Span(start, t.length()), paragraph));
        }
        return out;
    }

    /** Every occurrence of each "TYPE=surface" as a mention. */
    static List<EntityMention> entities(String t, String... specs) {
        List<EntityMention> out = new ArrayList<>();
        for (String spec : specs) {
            String[] kv = spec.split("=", 2);
            for (int i = t.indexOf(kv[1]); i >= 0; i = t.indexOf(kv[1], i + 1)) {
                out.add(new EntityMention(new Span(i, i + kv[1].length()), kv[1], EntityType.valueOf(kv[0])));
            }
        }
        return out;
    }

    /** content | cue | mention | speaker | direct */
    private List<String> quotes(String text, String... specs) {
        return extractor.extract(text, sentences(text), entities(text, specs)).stream()
                .map(q -> String.join(
                        " | ",
                        q.content().of(text),
                        q.cue().map(s -> s.of(text)).orElse("-"),
                        q.speakerMention().map(s -> s.of(text)).orElse("-"),
                        q.speaker(),
                        q.direct() ? "direct" : "reported"))
                .toList();
    }

    @Test
    void attributes_a_quote_to_a_speaker_with_an_apposition_after_it() {
        String text = "\"The number of those who have fled has passed 9,000,\" Lina Okafor, an aid official based in"
                + " the town, told Reuters.";
        List<Quote> found =
                extractor.extract(text, sentences(text), entities(text, "PERSON=Lina Okafor", "ORGANIZATION=Reuters"));
        assertThat(found)
                .containsExactly(new Quote(
                        new Span(1, 106),
                        new Span(1, 51),
                        Optional.of(new Span(102, 106)),
                        Optional.of(new Span(54, 65)),
                        "Lina Okafor",
                        true));
    }

    @Test
    void reads_titles_relative_clauses_and_cue_before_speaker() {
        assertThat(quotes(
                        "\"We carried them from roof to roof,\" local journalist Omar Haddad, who took the video,"
                                + " told the Associated Press.",
                        "PERSON=Omar Haddad",
                        "ORGANIZATION=Associated Press"))
                .containsExactly("We carried them from roof to roof | told | Omar Haddad | Omar Haddad | direct");
        assertThat(quotes(
                        "\"The face of a child says it all,\" tweeted Rana Aziz, a member of the Free Council.",
                        "PERSON=Rana Aziz",
                        "ORGANIZATION=Free Council"))
                .containsExactly("The face of a child says it all | tweeted | Rana Aziz | Rana Aziz | direct");
        assertThat(quotes("Press spokesman Ken Obi said: \"We remain engaged with all sides.\"", "PERSON=Ken Obi"))
                .containsExactly("We remain engaged with all sides. | said | Ken Obi | Ken Obi | direct");
    }

    @Test
    void resolves_partial_quotes_short_names_and_pronouns() {
        String text = "Foreign Minister Paul Lind urged Berlin to show \"a little patience\" when officials meet.\n"
                + "\"Fighters don't trust the deal,\" Mr Lind told reporters in Oslo after meeting President Carl Berg.\n"
                + "\"They have a chance to show patience,\" he said, adding that talks were aimed at peace.\n"
                + "He also said the \"constant shelling\" amounted to crimes.";
        assertThat(quotes(
                        text,
                        "PERSON=Paul Lind",
                        "PERSON=Lind",
                        "PERSON=Carl Berg",
                        "LOCATION=Berlin",
                        "LOCATION=Oslo"))
                .containsExactly(
                        "a little patience | urged | Paul Lind | Paul Lind | direct",
                        "Fighters don't trust the deal | told | Lind | Paul Lind | direct",
                        "They have a chance to show patience | said | he | Paul Lind | direct",
                        "constant shelling | said | He | Paul Lind | direct");
    }

    @Test
    void reads_reported_speech_and_according_to() {
        String text = "The boy was treated for burns on Tuesday night, a local doctor said. According to the UN,"
                + " more than 3,000 people have died. Prices rose sharply, according to the Central Bank. Ivo Marek"
                + " told reporters that he left the meeting after ten minutes.";
        assertThat(quotes(text, "ORGANIZATION=UN", "ORGANIZATION=Central Bank", "PERSON=Ivo Marek"))
                .containsExactly(
                        "The boy was treated for burns on Tuesday night | said | a local doctor |  | reported",
                        "more than 3,000 people have died | According to | UN | UN | reported",
                        "Prices rose sharply | according to | Central Bank | Central Bank | reported",
                        "he left the meeting after ten minutes | told | Ivo Marek | Ivo Marek | reported");
    }

    @Test
    void resolves_the_ministry_to_an_earlier_organization() {
        String text = "The Defence Ministry said on Friday that it was ready. The ministry said convoys would pass."
                + " More than 900 people left, the ministry said.";
        assertThat(quotes(text, "ORGANIZATION=Defence Ministry"))
                .containsExactly(
                        "it was ready | said | Defence Ministry | Defence Ministry | reported",
                        "convoys would pass | said | The ministry | Defence Ministry | reported",
                        "More than 900 people left | said | the ministry | Defence Ministry | reported");
    }

    @Test
    void keeps_the_speaker_across_a_mid_sentence_attribution_and_paragraphs() {
        assertThat(quotes(
                        "Ada Brook spoke. \"First part of it,\" she said, \"and the second part.\"",
                        "PERSON=Ada Brook"))
                .containsExactly(
                        "First part of it | said | she | Ada Brook | direct",
                        "and the second part. | said | she | Ada Brook | direct");
        String text = "Ada Brook spoke.\n\n“We will stay until the end.\n\n“And we will win,” she said.";
        assertThat(quotes(text, "PERSON=Ada Brook"))
                .containsExactly("We will stay until the end.\n\n“And we will win | said | she | Ada Brook | direct");
    }

    @Test
    void a_nested_name_stays_inside_the_quote_of_the_speaker_after_it() {
        String text = "\"The army backs the plan of the Envoy Mr. [Tom] de Vries concerning a pause,\" Petrov said."
                + " Tom de Vries agreed. De Vries said it would work.";
        assertThat(quotes(text, "PERSON=Tom] de Vries", "PERSON=Petrov", "PERSON=Tom de Vries", "PERSON=De Vries"))
                .containsExactly(
                        "The army backs the plan of the Envoy Mr. [Tom] de Vries concerning a pause | said | Petrov"
                                + " | Petrov | direct",
                        "it would work | said | De Vries | Tom de Vries | reported");
    }

    @Test
    void cited_as_saying_names_the_cited_source() {
        String text = "Interfax news agency cited the Defence Ministry as saying this morning that 700 rebels left.";
        assertThat(quotes(text, "ORGANIZATION=Interfax", "ORGANIZATION=Defence Ministry"))
                .containsExactly("700 rebels left | cited the Defence Ministry as saying | Defence Ministry"
                        + " | Defence Ministry | reported");
    }

    @Test
    void an_adjective_reported_before_a_noun_is_not_a_cue() {
        assertThat(quotes("A reported drone strike on the village killed at least four people and injured 9 others."))
                .isEmpty();
        assertThat(quotes("The alleged attack and an estimated 300 arrests followed, the claimed victory aside."))
                .isEmpty();
    }

    @Test
    void a_weekday_between_subject_and_cue_is_not_the_speaker() {
        assertThat(quotes("Norland on Tuesday proposed opening two ferry routes to the island.", "LOCATION=Norland"))
                .containsExactly("opening two ferry routes to the island | proposed | Norland | Norland | reported");
        List<String> described = quotes("A senior UN official late Monday called for a pause in the fighting.");
        assertThat(described).singleElement().asString().doesNotContain("Monday | Monday");
    }

    @Test
    void calls_as_a_noun_is_not_a_cue() {
        assertThat(quotes("The siege prompted fresh calls by Norland for safe corridors.", "LOCATION=Norland"))
                .isEmpty();
    }

    @Test
    void the_group_resolves_to_the_organization_named_just_before() {
        String text = "Harbor Watch Network, a volunteer monitoring group, posted a photo. According to the group,"
                + " the photo was taken early Monday.";
        assertThat(quotes(text, "ORGANIZATION=Harbor Watch Network"))
                .containsExactly("the photo was taken early Monday | According to | the group | Harbor Watch Network"
                        + " | reported");
    }

    @Test
    void a_description_keeps_its_mention_without_a_name() {
        String text = "The girl was treated for leg wounds, a field nurse said.";
        List<Quote> found = extractor.extract(text, sentences(text), List.of());
        assertThat(found).hasSize(1);
        assertThat(found.get(0).speaker()).isEmpty();
        assertThat(found.get(0).speakerMention().map(s -> s.of(text))).contains("a field nurse");
        assertThat(found.get(0).content().of(text)).isEqualTo("The girl was treated for leg wounds");
    }

    @Test
    void he_added_that_keeps_the_previous_speaker_not_the_name_in_the_clause() {
        String text = "\"We are ready to talk,\" Ana Silva told reporters on Monday.\n"
                + "She added that Foreign Minister Omar Ruiz would travel to Lima on Friday with the envoys.";
        assertThat(quotes(text, "PERSON=Ana Silva", "PERSON=Omar Ruiz", "LOCATION=Lima"))
                .containsExactly(
                        "We are ready to talk | told | Ana Silva | Ana Silva | direct",
                        "Foreign Minister Omar Ruiz would travel to Lima on Friday with the envoys | added | She"
                                + " | Ana Silva | reported");
    }

    @Test
    void drops_scare_quotes_without_attribution() {
        assertThat(quotes("It was part of the so-called \"Spring\" protests, and the 'new deal' failed."))
                .isEmpty();
    }

    @Test
    void unknown_speaker_is_empty() {
        assertThat(quotes("\"Nobody knows what will happen next in the city,\" it was written on a wall."))
                .containsExactly("Nobody knows what will happen next in the city | - | - |  | direct");
    }

    @Test
    void reads_two_apostrophes_as_a_double_quote_and_a_title_before_the_speaker() {
        assertThat(quotes(
                        "The vote is close. ''I think we'll win it,'' Mr. Dale Ober said on Monday.",
                        "PERSON=Dale Ober"))
                .containsExactly("I think we'll win it | said | Dale Ober | Dale Ober | direct");
    }

    @Test
    void a_quote_running_on_after_its_attribution_keeps_the_speaker_mention_without_a_cue() {
        String text = "\"The roads are closed,\" Mira Tan said. \"We will open them once the snow has stopped.\"";
        List<Quote> found = extractor.extract(text, sentences(text), entities(text, "PERSON=Mira Tan"));
        assertThat(found).hasSize(2);
        Quote second = found.get(1);
        assertThat(second.content().of(text)).isEqualTo("We will open them once the snow has stopped.");
        assertThat(second.cue()).isEmpty();
        assertThat(second.speakerMention().map(s -> s.of(text))).contains("Mira Tan");
        assertThat(second.speaker()).isEqualTo("Mira Tan");
        assertThat(second.span()).isEqualTo(new Span(text.indexOf("Mira"), text.length() - 1));
    }

    @Test
    void a_coordinated_cue_shares_the_subject_of_the_clause() {
        String text = "Nora Vik praised the harbor plan and said the city would pay for it. Leo Mai admitted that the"
                + " count was wrong, but said the new one was right.";
        assertThat(quotes(text, "PERSON=Nora Vik", "PERSON=Leo Mai"))
                .containsExactly(
                        "the harbor plan | praised | Nora Vik | Nora Vik | reported",
                        "the city would pay for it | said | Nora Vik | Nora Vik | reported",
                        "the count was wrong | admitted | Leo Mai | Leo Mai | reported",
                        "the new one was right | said | Leo Mai | Leo Mai | reported");
    }

    @Test
    void reads_say_who_and_a_parenthesis_before_the_cue() {
        String text = "Most farmers say prices are too low. Sen. Ada Holm (D-OR) said the bill \"goes too far\" today."
                + " The plan was drafted by Ivo Rask, who said it would pass.";
        assertThat(quotes(text, "PERSON=Ada Holm", "PERSON=Ivo Rask"))
                .containsExactly(
                        "prices are too low | say | Most farmers |  | reported",
                        "goes too far | said | Ada Holm | Ada Holm | direct",
                        "it would pass | said | who | Ivo Rask | reported");
    }

    @Test
    void a_cue_with_a_clause_of_its_own_does_not_attribute_the_quote_before_it() {
        String text = "Speaking on the \"Morning Show,\" Eli Dorn admitted that the figures were old.";
        assertThat(quotes(text, "PERSON=Eli Dorn"))
                .containsExactly("the figures were old | admitted | Eli Dorn | Eli Dorn | reported");
    }

    @Test
    void words_quoted_inside_a_reported_clause_belong_to_the_clause() {
        String text = "Tom Ash argues that as the port and its rail links grow over the next years, \"its weight will"
                + " surely rise,\" too.";
        assertThat(quotes(text, "PERSON=Tom Ash"))
                .containsExactly("as the port and its rail links grow over the next years, \"its weight will surely"
                        + " rise,\" too | argues | Tom Ash | Tom Ash | reported");
    }

    @Test
    void an_inverted_cue_after_a_partial_quote_names_the_speaker_after_it() {
        String text = "The vote marks \"the start of a new era\" for the league, said Ula Berg, head of the club.";
        assertThat(quotes(text, "PERSON=Ula Berg", "ORGANIZATION=league"))
                .containsExactly("the start of a new era | said | Ula Berg | Ula Berg | direct");
    }

    @Test
    void attributes_beliefs_wishes_and_accusations_like_speech() {
        String text = "Ruth Kale believes the tunnel will open in May. Her party wants to delay the vote."
                + " Omar Lund accused the mayor of hiding the cost.";
        assertThat(quotes(text, "PERSON=Ruth Kale", "PERSON=Omar Lund"))
                .containsExactly(
                        "the tunnel will open in May | believes | Ruth Kale | Ruth Kale | reported",
                        "to delay the vote | wants | Her party |  | reported",
                        "the mayor of hiding the cost | accused | Omar Lund | Omar Lund | reported");
    }

    @Test
    void random_text_never_breaks_the_invariants() {
        long seed = new Random().nextLong();
        Random random = new Random(seed);
        String[] parts = {
            "\"",
            "“",
            "”",
            "'",
            "‘",
            "’",
            ",",
            ".",
            " ",
            " ",
            "\n",
            "\n\n",
            "said",
            "told",
            "he",
            "according to",
            "Anna",
            "Bo Li",
            "the ministry",
            "that",
            ":",
            "as saying",
            "cited",
            "Mr",
            "[",
            "]",
            "é",
            "\uD83D\uDE00",
            "word",
            "tweeted",
            "-"
        };
        for (int round = 0; round < 300; round++) {
            StringBuilder sb = new StringBuilder();
            int n = random.nextInt(50);
            for (int k = 0; k < n; k++) {
                sb.append(parts[random.nextInt(parts.length)]);
                if (random.nextBoolean()) {
                    sb.append(' ');
                }
            }
            String text = sb.toString();
            List<Quote> found = extractor.extract(
                    text, sentences(text), entities(text, "PERSON=Anna", "PERSON=Bo Li", "ORGANIZATION=ministry"));
            Span last = new Span(0, 0);
            for (Quote q : found) {
                String where = "seed " + seed + " text '" + text + "'";
                assertThat(q.span().end()).as(where).isLessThanOrEqualTo(text.length());
                assertThat(q.span().compareTo(last)).as(where).isGreaterThanOrEqualTo(0);
                assertThat(q.span().contains(q.content())).as(where).isTrue();
                q.cue()
                        .ifPresent(
                                c -> assertThat(q.span().contains(c)).as(where).isTrue());
                q.speakerMention()
                        .ifPresent(
                                m -> assertThat(q.span().contains(m)).as(where).isTrue());
                assertThat(q.content().length()).as(where).isPositive();
                last = q.span();
            }
        }
    }
}
