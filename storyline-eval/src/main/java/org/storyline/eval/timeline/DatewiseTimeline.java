package org.storyline.eval.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Baseline after news-tls's DATEWISE (Gholipour Ghalandari and Ifrim 2020), unsupervised: days are ranked by how
 * many sentences mention them (ties: more articles published that day, then the earlier day); a day's candidates
 * are the sentences mentioning it and the first {@value #LEAD} sentences of the articles published on it; its
 * summary is the most central candidates ({@link CentralSentences}). Stateless.
 */
public final class DatewiseTimeline implements TimelineSystem {
    static final int LEAD = 2;

    @Override
    public Timeline predict(TlsInput input) {
        List<CandidateSentence> sentences = CandidateSentence.of(input);
        Map<LocalDate, Integer> mentions = new HashMap<>();
        Map<LocalDate, Integer> published = new HashMap<>();
        Map<LocalDate, List<CandidateSentence>> candidates = new HashMap<>();
        for (CandidateSentence s : sentences) {
            for (LocalDate d : s.mentions()) {
                mentions.merge(d, 1, Integer::sum);
                candidates.computeIfAbsent(d, k -> new ArrayList<>()).add(s);
            }
            if (s.index() < LEAD
                    && s.published().isPresent()
                    && input.inWindow(s.published().get())) {
                LocalDate d = s.published().get();
                candidates.computeIfAbsent(d, k -> new ArrayList<>()).add(s);
                if (s.index() == 0) {
                    published.merge(d, 1, Integer::sum);
                }
            }
        }
        List<LocalDate> ranked = new ArrayList<>(candidates.keySet());
        ranked.sort(Comparator.comparingInt((LocalDate d) -> -mentions.getOrDefault(d, 0))
                .thenComparingInt(d -> -published.getOrDefault(d, 0))
                .thenComparing(Comparator.naturalOrder()));
        SortedMap<LocalDate, List<String>> days = new TreeMap<>();
        for (LocalDate d : ranked) {
            if (days.size() >= input.maxDates()) {
                break;
            }
            List<String> summary = CentralSentences.pick(candidates.get(d), input.sentencesPerDate());
            if (!summary.isEmpty()) {
                days.put(d, summary);
            }
        }
        return new Timeline("datewise", days);
    }
}
