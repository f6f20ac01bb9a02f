package org.storyline.eval.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.storyline.model.AnalyzedArticle;
import org.storyline.model.PublishedDate;

/**
 * Baseline after news-tls's CLUST: articles are clustered, each cluster is dated, the largest clusters become the
 * timeline. Clustering is single-pass in publication order: an article joins the cluster whose centroid it is most
 * similar to (cosine at least {@value #JOIN}) among clusters with a member published at most {@value #MAX_DAYS}
 * day before it, else starts one. A cluster's day is the day its sentences mention most (in the window; ties: the
 * earlier), or its first publication day; clusters are ranked by size, one per day; the summary is the most central
 * of the cluster's sentences mentioning that day and the leads of its articles published that day. Stateless.
 */
public final class ClusterTimeline implements TimelineSystem {
    static final double JOIN = 0.3;
    static final int MAX_DAYS = 1;

    private record Cluster(List<Integer> members, Map<String, Double> sum, LocalDate last) {}

    @Override
    public Timeline predict(TlsInput input) {
        List<CandidateSentence> sentences = CandidateSentence.of(input);
        Map<Integer, List<CandidateSentence>> byArticle = new HashMap<>();
        sentences.forEach(s ->
                byArticle.computeIfAbsent(s.article(), k -> new ArrayList<>()).add(s));
        List<Cluster> clusters = cluster(input.articles(), byArticle);
        List<Dated> dated = new ArrayList<>();
        for (Cluster c : clusters) {
            dated(c, input, byArticle).ifPresent(dated::add);
        }
        dated.sort(Comparator.comparingInt((Dated d) -> -d.members().size()).thenComparing(Dated::day));
        SortedMap<LocalDate, List<String>> days = new TreeMap<>();
        for (Dated d : dated) {
            if (days.size() >= input.maxDates()) {
                break;
            }
            if (!days.containsKey(d.day())) {
                List<String> summary = CentralSentences.pick(d.candidates(), input.sentencesPerDate());
                if (!summary.isEmpty()) {
                    days.put(d.day(), summary);
                }
            }
        }
        return new Timeline("clust", days);
    }

    private record Dated(LocalDate day, List<Integer> members, List<CandidateSentence> candidates) {}

    private static List<Cluster> cluster(
            List<AnalyzedArticle> articles, Map<Integer, List<CandidateSentence>> byArticle) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            order.add(i);
        }
        order.sort(
                Comparator.comparing((Integer i) -> published(articles.get(i))).thenComparing(i -> i));
        List<Cluster> clusters = new ArrayList<>();
        for (int a : order) {
            LocalDate day = published(articles.get(a));
            Map<String, Double> vector = TermVector.centroid(byArticle.getOrDefault(a, List.of()).stream()
                    .map(CandidateSentence::vector)
                    .toList());
            int best = -1;
            double bestSimilarity = JOIN;
            for (int c = 0; c < clusters.size(); c++) {
                Cluster cluster = clusters.get(c);
                if (cluster.last().plusDays(MAX_DAYS).isBefore(day)) {
                    continue;
                }
                double similarity = TermVector.cosine(vector, TermVector.normalized(new HashMap<>(cluster.sum())));
                if (similarity >= bestSimilarity && (best < 0 || similarity > bestSimilarity)) {
                    best = c;
                    bestSimilarity = similarity;
                }
            }
            if (best < 0) {
                clusters.add(new Cluster(new ArrayList<>(List.of(a)), new HashMap<>(vector), day));
            } else {
                Cluster joined = clusters.get(best);
                joined.members().add(a);
                vector.forEach((k, x) -> joined.sum().merge(k, x, Double::sum));
                clusters.set(
                        best,
                        new Cluster(joined.members(), joined.sum(), day.isAfter(joined.last()) ? day : joined.last()));
            }
        }
        return clusters;
    }

    private static Optional<Dated> dated(Cluster c, TlsInput input, Map<Integer, List<CandidateSentence>> byArticle) {
        Map<LocalDate, Integer> mentions = new TreeMap<>();
        LocalDate first = null;
        for (int a : c.members()) {
            LocalDate p = published(input.articles().get(a));
            first = first == null || p.isBefore(first) ? p : first;
            for (CandidateSentence s : byArticle.getOrDefault(a, List.of())) {
                s.mentions().forEach(d -> mentions.merge(d, 1, Integer::sum));
            }
        }
        Optional<LocalDate> mentioned = mentions.entrySet().stream()
                .max(Comparator.comparingInt((Map.Entry<LocalDate, Integer> e) -> e.getValue())
                        .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .map(Map.Entry::getKey);
        LocalDate day = mentioned.orElse(first);
        if (day == null || !input.inWindow(day)) {
            return Optional.empty();
        }
        List<CandidateSentence> candidates = new ArrayList<>();
        for (int a : c.members()) {
            for (CandidateSentence s : byArticle.getOrDefault(a, List.of())) {
                boolean lead = s.index() < DatewiseTimeline.LEAD
                        && s.published().filter(day::equals).isPresent();
                if (s.mentions().contains(day) || lead) {
                    candidates.add(s);
                }
            }
        }
        return Optional.of(new Dated(day, c.members(), candidates));
    }

    private static LocalDate published(AnalyzedArticle a) {
        return a.article().published().map(PublishedDate::date).orElse(LocalDate.MIN);
    }
}
