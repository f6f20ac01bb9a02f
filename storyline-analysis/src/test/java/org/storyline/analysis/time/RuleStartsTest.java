package org.storyline.analysis.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

class RuleStartsTest {

    private static final String[] PIECES = {
        "on",
        "Thursday",
        "last",
        "week",
        "18",
        "August",
        "2016",
        "Aug.",
        "Sept.",
        "-",
        "three",
        "days",
        "ago",
        "the",
        "past",
        "now",
        "December",
        "early",
        "mid",
        "1990s",
        "'90s",
        "\u201990s",
        " ",
        " ",
        ",",
        ".",
        "\n",
        "will",
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
        "48",
        "hour",
        "20th",
        "century",
        "summer",
        "third",
        "quarter",
        "today",
        "tonight",
        "morning",
        "earlier",
        "this",
        "month",
        "almost",
        "more",
        "than",
        "several",
        "recent",
        "weekly",
        "noon",
        "currently",
        "in",
        "for",
        "at",
        "time",
        "future",
        "twenty",
        "five",
        "dozens",
        "of",
        "GMT",
        "a.m.",
        "2016-08-18",
        "each",
        "once",
        "twice",
        "end",
        "beginning"
    };

    private static List<TimexRule> allRules() {
        List<TimexRule> rules = new ArrayList<>();
        rules.addAll(DateRules.rules());
        rules.addAll(RelativeRules.rules());
        rules.addAll(DurationRules.rules());
        rules.addAll(VagueRules.rules());
        return rules;
    }

    @Test
    void every_rule_match_starts_at_a_token_indexed_for_that_rule() {
        List<TimexRule> rules = allRules();
        Map<String, int[]> index = RuleStarts.index(rules);
        long seed = System.nanoTime();
        Random random = new Random(seed);
        for (int round = 0; round < 2000; round++) {
            StringBuilder sb = new StringBuilder();
            int n = 1 + random.nextInt(12);
            for (int k = 0; k < n; k++) {
                String piece = PIECES[random.nextInt(PIECES.length)];
                sb.append(random.nextInt(4) == 0 ? piece.toUpperCase(java.util.Locale.ROOT) : piece);
                sb.append(random.nextInt(3) == 0 ? "" : " ");
            }
            String text = sb.toString();
            for (int r = 0; r < rules.size(); r++) {
                Matcher m = rules.get(r).pattern().matcher(text);
                while (m.find()) {
                    String context =
                            "seed " + seed + " rule " + rules.get(r).name() + " at " + m.start() + " in '" + text + "'";
                    Optional<String> key = RuleStarts.keyAt(text, m.start());
                    assertThat(key).as(context).isPresent();
                    assertThat(index.get(key.get())).as(context).isNotNull().contains(r);
                }
            }
        }
    }

    @Test
    void keys_tokens_by_lower_case_word_number_or_apostrophe() {
        assertThat(RuleStarts.keyAt("in mid-August", 3)).contains("mid");
        assertThat(RuleStarts.keyAt("in mid-August", 7)).contains("august");
        assertThat(RuleStarts.keyAt("in mid-August", 4)).isEmpty();
        assertThat(RuleStarts.keyAt("(2016)", 1)).contains(RuleStarts.DIGIT);
        assertThat(RuleStarts.keyAt("the '90s", 4)).contains(RuleStarts.QUOTE);
        assertThat(RuleStarts.keyAt("a b", 1)).isEmpty();
    }
}
