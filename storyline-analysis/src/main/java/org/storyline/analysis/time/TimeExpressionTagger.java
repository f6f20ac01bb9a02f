package org.storyline.analysis.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import org.storyline.model.DateMention;

/**
 * Finds time expressions in news text and normalizes them to TimeML (TIMEX3) values. Stateless,
 * thread-safe; create once and share.
 *
 * <p>What is tagged: calendar dates ("18 August 2016", "Aug. 18, 2016", "2016-08-18", "August 18",
 * "September 2015", "December", "early 2011", "2011", "the 1990s"), weekdays ("Thursday", "late
 * Wednesday", "Wednesday evening"), relative dates ("today", "yesterday", "this morning", "last week",
 * "earlier this month", "two days ago"), durations ("three days", "almost five years", "the last two
 * weeks", "months"), sets ("every day", "weekly"), vague references ("now", "currently", "the past") and
 * clock times ("8 p.m."). A preposition in front ("on Thursday") is not part of the expression; a
 * modifier is ("early 2011", "late Wednesday").
 *
 * <p>Resolution: relative expressions resolve against {@code documentDate}. A weekday, month or
 * month-day without a year points back from the publication date unless the nearest tense clue in the
 * sentence is future ("will meet on Friday" → the Friday on or after the publication date); see
 * {@link TenseGuesser} and {@link CalendarMath}. Without a document date such expressions get TimeML
 * placeholders ("XXXX-WXX-4", "XXXX-08-18", "XXXX-XX-XX") and {@code Anchor.UNRESOLVED}.
 *
 * <p>Rules are tried only where a token that can open an expression starts (see {@link RuleStarts}).
 * Overlaps: when candidates overlap, the longest wins, then the earliest, then the first rule; the
 * result is sorted by position and has no overlapping spans.
 */
public final class TimeExpressionTagger {

    private final List<TimexRule> rules;
    private final Map<String, int[]> rulesByStart;

    public TimeExpressionTagger() {
        List<TimexRule> all = new ArrayList<>();
        all.addAll(DateRules.rules());
        all.addAll(RelativeRules.rules());
        all.addAll(DurationRules.rules());
        all.addAll(VagueRules.rules());
        this.rules = List.copyOf(all);
        this.rulesByStart = RuleStarts.index(rules);
    }

    /**
     * The time expressions in {@code text}, in text order, without overlaps.
     *
     * @param text any text, typically an article body
     * @param documentDate the publication date that relative expressions resolve against, if known
     */
    public List<DateMention> tag(String text, Optional<LocalDate> documentDate) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(documentDate, "documentDate");
        TimexContext context = new TimexContext(text, documentDate);
        List<Matcher> matchers = new ArrayList<>(rules.size());
        for (TimexRule rule : rules) {
            matchers.add(rule.pattern().matcher(text).useTransparentBounds(true).useAnchoringBounds(false));
        }
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            Optional<String> key = RuleStarts.keyAt(text, i);
            int[] startingRules = key.isEmpty() ? null : rulesByStart.get(key.get());
            if (startingRules == null) {
                continue;
            }
            for (int r : startingRules) {
                Matcher matcher = matchers.get(r).region(i, text.length());
                if (matcher.lookingAt()) {
                    Optional<Timex> timex = rules.get(r).reader().read(matcher, context);
                    if (timex.isPresent() && timex.get().span().length() > 0) {
                        candidates.add(new Candidate(timex.get(), r));
                    }
                }
            }
        }
        return select(candidates).stream()
                .map(t -> new DateMention(
                        t.span(),
                        t.span().of(text),
                        t.type(),
                        t.value(),
                        Granularities.of(t.type(), t.value()),
                        t.anchor()))
                .toList();
    }

    /** Longest first, then earliest, then rule order; drop anything overlapping a better one. */
    private static List<Timex> select(List<Candidate> candidates) {
        List<Candidate> ranked = new ArrayList<>(candidates);
        ranked.sort(Comparator.comparingInt((Candidate c) -> -c.timex().span().length())
                .thenComparingInt(c -> c.timex().span().start())
                .thenComparingInt(Candidate::rule));
        List<Timex> chosen = new ArrayList<>();
        for (Candidate candidate : ranked) {
            if (chosen.stream()
                    .noneMatch(t -> t.span().overlaps(candidate.timex().span()))) {
                chosen.add(candidate.timex());
            }
        }
        chosen.sort(Comparator.comparing(Timex::span));
        return chosen;
    }

    private record Candidate(Timex timex, int rule) {}
}
