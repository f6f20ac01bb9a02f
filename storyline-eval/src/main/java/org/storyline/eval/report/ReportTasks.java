package org.storyline.eval.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.storyline.eval.BadDataException;

/** The benchmark runs a full report makes, in report order, with their data under {@code ../shared/data}. */
public final class ReportTasks {
    /** The task whose numbers go to {@code performance.md} rather than {@code quality.md}. */
    public static final String SPEED = "speed";

    private static final List<ReportTask> ALL = List.of(
            task("extraction", "extraction", "article-extraction", "article body extraction", "f1"),
            task(
                    "metadata",
                    "metadata",
                    "trafilatura-eval",
                    "title / author / publication date",
                    "date_f1",
                    "title_exact",
                    "author_exact"),
            task(
                    "ner",
                    "ner",
                    "conll2003/eng.testb",
                    "named entities, CoNLL-2003 eng.testb",
                    "f1",
                    "f1_3class",
                    "per_f1",
                    "org_f1",
                    "loc_f1",
                    "misc_f1"),
            task(
                    "ner-conllpp",
                    "ner",
                    "conllpp_crossweigh/conllpp_test.txt",
                    "named entities, CoNLL++ test",
                    "f1",
                    "f1_3class"),
            task(
                    "ner-conll2020",
                    "ner",
                    "conll2020_liu_ritter/conllpp.txt",
                    "named entities, CoNLL-2020 (Liu & Ritter)",
                    "f1",
                    "f1_3class"),
            task(
                    "time",
                    "time",
                    "tempeval3/Evaluation/te3-platinum",
                    "time expressions, TE3-Platinum",
                    "value_f1",
                    "relaxed_f1",
                    "strict_f1"),
            task(
                    "figures",
                    "figures",
                    "newsquant_cqe",
                    "figures (quantities), NewsQuant",
                    "value_f1",
                    "value_unit_f1",
                    "value_concept_f1"),
            task(
                    "quotes",
                    "quotes",
                    "polnear",
                    "quotes and speakers, PolNeAR test",
                    "speaker_f1",
                    "cue_f1",
                    "content_f1"),
            task("grouping", "grouping", "ecbplus", "story grouping, ECB+", "bcubed_f1", "topic_bcubed_f1"),
            task("timeline-t17", "timeline", "timeline17", "timelines, Timeline17", "rouge1_f", "rouge2_f", "date_f1"),
            task("timeline-crisis", "timeline", "crisis", "timelines, Crisis", "rouge1_f", "rouge2_f", "date_f1"),
            task(
                    SPEED,
                    "speed",
                    "timeline17",
                    "speed: per-article analysis, brief, grouping growth",
                    "articles_per_s",
                    "speedup_vs_corenlp",
                    "brief_seconds",
                    "compose_seconds",
                    "peak_heap_mb",
                    "grouping_factor_per_10x"));

    private ReportTasks() {}

    public static List<ReportTask> all() {
        return ALL;
    }

    public static Optional<ReportTask> find(String key) {
        return ALL.stream().filter(t -> t.key().equals(key)).findFirst();
    }

    /**
     * The tasks named, in report order; all of them when none are named.
     *
     * @throws BadDataException naming the known tasks when an unknown one is asked for
     */
    public static List<ReportTask> select(List<String> keys) {
        if (keys.isEmpty()) {
            return ALL;
        }
        List<String> unknown = new ArrayList<>();
        List<String> wanted = new ArrayList<>();
        for (String key : keys) {
            String k = key.trim().toLowerCase(Locale.ROOT);
            if (find(k).isPresent()) {
                wanted.add(k);
            } else if (!k.isEmpty()) {
                unknown.add(k);
            }
        }
        if (!unknown.isEmpty() || wanted.isEmpty()) {
            throw new BadDataException("unknown task(s) " + unknown + " in --tasks; known: "
                    + String.join(",", ALL.stream().map(ReportTask::key).toList()));
        }
        return ALL.stream().filter(t -> wanted.contains(t.key())).toList();
    }

    private static ReportTask task(String key, String subcommand, String data, String title, String... headline) {
        return new ReportTask(key, subcommand, data, List.of(), title, List.of(headline));
    }
}
