package org.storyline.analysis.claim;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import org.storyline.model.AnalyzedArticle;
import org.storyline.model.Claim;
import org.storyline.model.DateMention;
import org.storyline.model.Evidence;
import org.storyline.model.Figure;
import org.storyline.model.Granularity;
import org.storyline.model.PublishedDate;
import org.storyline.model.Qualifier;
import org.storyline.model.Sentence;
import org.storyline.model.Span;

/**
 * Turns figures into claims with corroboration and disagreement. Stateless, thread-safe.
 *
 * <p>One claim per distinct (measure, value, qualifier, vague) reported, where the measure folds synonyms
 * ({@link Measure}); figures without any measure (bare numbers) make no claim. Each figure's evidence is its
 * sentence (the figure's own span when it lies in no sentence) and its date is the day of the first
 * day-precise date mention in that sentence, else its article's publication day. A claim's date is the
 * earliest of its evidence; its what, event and time frame are those written most often (ties: first
 * evidence); its text is the figure as written in its first evidence.
 *
 * <p>Only figures that measure something an analyst tracks make claims ({@link TrackedFigures}): people,
 * forces and homes counted, money, percentages, or what happened to the counted; durations and objects do not.
 *
 * <p>A claim differs from another on the same measure when their value ranges ({@link ValueRange}) do not overlap,
 * they come from different sources (some article behind one is neither an article behind the other nor a copy of
 * the same original) and they are about the same time: claims with different, non-empty time-frame phrases, or
 * whose dates lie more than {@value #SAME_TIME_DAYS} days apart, are listed side by side but not in conflict (tolls
 * grow; a count "in three days" is not one "since 2011"). Ids "c1", "c2"... by measure, then earliest date (undated
 * last), then value, then qualifier.
 */
public final class ClaimBuilder {

    static final int SAME_TIME_DAYS = 3;

    public ClaimBuilder() {}

    /**
     * Every claim the figures of the batch make.
     *
     * @param duplicates copy id -> original id; copies still count as evidence (a brief shows who repeated
     *     what), so this only makes sure the original's wording is preferred for the claim text
     */
    public List<Claim> build(List<AnalyzedArticle> articles, SortedMap<String, String> duplicates) {
        Map<Key, List<Reported>> byKey = new TreeMap<>();
        Map<String, AnalyzedArticle> byId = new HashMap<>();
        for (AnalyzedArticle a : articles) {
            byId.put(a.article().id(), a);
        }
        for (AnalyzedArticle a : articles) {
            for (Figure f : a.figures()) {
                if (TrackedFigures.isTracked(f)) {
                    Measure measure = Measure.of(f);
                    Key key = new Key(measure, f.value(), f.qualifier(), f.vague());
                    byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(reported(a, f, duplicates, byId));
                }
            }
        }
        List<Draft> drafts = new ArrayList<>();
        for (Map.Entry<Key, List<Reported>> e : byKey.entrySet()) {
            drafts.add(new Draft(e.getKey(), sorted(e.getValue())));
        }
        drafts.sort(Comparator.comparing((Draft d) -> d.key.measure)
                .thenComparing(d -> d.earliest().orElse(LocalDate.MAX))
                .thenComparingDouble(d -> d.key.value)
                .thenComparing(d -> d.key.qualifier)
                .thenComparing(d -> d.key.vague));
        List<Claim> claims = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            claims.add(drafts.get(i).toClaim("c" + (i + 1), differsFrom(drafts, i)));
        }
        return List.copyOf(claims);
    }

    private static List<String> differsFrom(List<Draft> drafts, int i) {
        Draft d = drafts.get(i);
        TreeSet<Integer> others = new TreeSet<>();
        for (int j = 0; j < drafts.size(); j++) {
            Draft o = drafts.get(j);
            if (j != i
                    && o.key.measure.equals(d.key.measure)
                    && !d.range().overlaps(o.range())
                    && sameTime(d, o)
                    && fromDifferentSources(d, o)) {
                others.add(j);
            }
        }
        return others.stream().map(j -> "c" + (j + 1)).toList();
    }

    /**
     * True when some article behind one claim is a different source from some article behind the other: not
     * the same article, nor copies of one original. Figures that differ within one report measure different
     * things (one evening's toll, two weeks' toll, the toll since the war began), not a dispute.
     */
    private static boolean fromDifferentSources(Draft a, Draft b) {
        for (Reported x : a.reports) {
            for (Reported y : b.reports) {
                if (!x.source().equals(y.source())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** False when the two claims are clearly about different times, as documented on the class. */
    private static boolean sameTime(Draft a, Draft b) {
        String fa = normalisedTimeFrame(a.timeFrame());
        String fb = normalisedTimeFrame(b.timeFrame());
        if (!fa.isEmpty() && !fb.isEmpty() && !fa.equals(fb)) {
            return false;
        }
        if (a.earliest().isEmpty() || b.earliest().isEmpty()) {
            return true;
        }
        long gap = Math.max(
                ChronoUnit.DAYS.between(a.latest().orElseThrow(), b.earliest().orElseThrow()),
                ChronoUnit.DAYS.between(b.latest().orElseThrow(), a.earliest().orElseThrow()));
        return gap <= SAME_TIME_DAYS;
    }

    private static String normalisedTimeFrame(String timeFrame) {
        return timeFrame.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static Reported reported(
            AnalyzedArticle a, Figure f, SortedMap<String, String> duplicates, Map<String, AnalyzedArticle> byId) {
        String id = a.article().id();
        Optional<Sentence> sentence = a.sentenceAt(f.span().start());
        Span where = sentence.map(Sentence::span).orElse(f.span());
        Optional<LocalDate> date = Optional.empty();
        for (DateMention d : a.dates()) {
            if (d.granularity() == Granularity.DAY
                    && where.contains(d.span())
                    && d.day().isPresent()) {
                date = d.day();
                break;
            }
        }
        if (date.isEmpty()) {
            date = a.article().published().map(PublishedDate::date);
        }
        return new Reported(
                new Evidence(id, where), f, date, duplicates.containsKey(id), originalOf(id, duplicates, byId));
    }

    /** Follows copy -> original links (at most as many steps as there are links) to an article of the batch. */
    private static String originalOf(String id, SortedMap<String, String> duplicates, Map<String, ?> byId) {
        String current = id;
        for (int step = 0; step < duplicates.size(); step++) {
            String next = duplicates.get(current);
            if (next == null || !byId.containsKey(next) || next.equals(id)) {
                return current;
            }
            current = next;
        }
        return current;
    }

    /** In evidence order, then by the figure's position within the sentence. */
    private static List<Reported> sorted(List<Reported> reports) {
        List<Reported> copy = new ArrayList<>(reports);
        copy.sort(Comparator.comparing(Reported::evidence)
                .thenComparing(r -> r.figure().span()));
        return copy;
    }

    private record Key(Measure measure, double value, Qualifier qualifier, boolean vague) implements Comparable<Key> {
        @Override
        public int compareTo(Key o) {
            return Comparator.comparing(Key::measure)
                    .thenComparingDouble(Key::value)
                    .thenComparing(Key::qualifier)
                    .thenComparing(Key::vague)
                    .compare(this, o);
        }
    }

    /** One figure as reported; {@code source} is its article's original (itself unless it is a copy). */
    private record Reported(
            Evidence evidence, Figure figure, Optional<LocalDate> date, boolean fromCopy, String source) {}

    /** A claim before its id and disagreements are known. */
    private record Draft(Key key, List<Reported> reports) {

        Optional<LocalDate> earliest() {
            return reports.stream().flatMap(r -> r.date().stream()).min(Comparator.naturalOrder());
        }

        Optional<LocalDate> latest() {
            return reports.stream().flatMap(r -> r.date().stream()).max(Comparator.naturalOrder());
        }

        ValueRange range() {
            return ValueRange.of(key.value, key.qualifier, key.vague);
        }

        String timeFrame() {
            return mostWritten(reports.stream()
                    .map(r -> r.figure().timeFrame())
                    .filter(s -> !s.isBlank())
                    .toList());
        }

        Claim toClaim(String id, List<String> differsFrom) {
            List<Evidence> evidence =
                    reports.stream().map(Reported::evidence).distinct().sorted().toList();
            Reported first =
                    reports.stream().filter(r -> !r.fromCopy()).findFirst().orElse(reports.get(0));
            return new Claim(
                    id,
                    key.value,
                    key.measure.unit(),
                    mostWritten(reports.stream()
                            .map(r -> r.figure().what())
                            .filter(s -> !s.isBlank())
                            .toList()),
                    mostWritten(reports.stream()
                            .map(r -> r.figure().event())
                            .filter(s -> !s.isBlank())
                            .toList()),
                    key.qualifier,
                    timeFrame(),
                    earliest(),
                    first.figure().text(),
                    evidence,
                    differsFrom);
        }

        /** The value written most often, ties to the first; empty for none. */
        private static String mostWritten(List<String> values) {
            Map<String, Integer> counts = new HashMap<>();
            for (String v : values) {
                counts.merge(v, 1, Integer::sum);
            }
            String best = "";
            int bestCount = 0;
            for (String v : values) {
                if (counts.get(v) > bestCount) {
                    best = v;
                    bestCount = counts.get(v);
                }
            }
            return best;
        }
    }
}
