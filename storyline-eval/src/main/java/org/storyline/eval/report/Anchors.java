package org.storyline.eval.report;

import java.util.List;

/**
 * The published numbers and the targets of {@code EVAL.md}, on the scales the scorers use. Published numbers
 * are the anchors' own claims (some on other data, marked in {@link Anchor#source()}); measured peers come
 * from the runs, not from here.
 */
public final class Anchors {
    private static final String GG2020 = "Gholipour Ghalandari & Ifrim 2020, Table 4";
    private static final String SUNSET = "as reported in SUnSET 2025 (unverified copy)";

    private static final List<Anchor> PUBLISHED = List.of(
            new Anchor("extraction", "rs_trafilatura", "f1", 0.970, "article-extraction README"),
            new Anchor("extraction", "Zyte", "f1", 0.970, "article-extraction README"),
            new Anchor("extraction", "trafilatura", "f1", 0.958, "article-extraction README"),
            new Anchor("extraction", "Readability.js", "f1", 0.947, "article-extraction README"),
            new Anchor("metadata", "htmldate", "date_f1", 0.949, "htmldate, on its own data set"),
            new Anchor("ner", "best published", "f1", 0.946, "CoNLL-2003 leaderboard"),
            new Anchor("ner", "Flair", "f1", 0.931, "Akbik et al. 2018"),
            new Anchor("time", "HeidelTime", "value_f1", 0.7761, "TempEval-3 results"),
            new Anchor("time", "HeidelTime", "relaxed_f1", 0.9030, "TempEval-3 results"),
            new Anchor("time", "SUTime", "value_f1", 0.6738, "TempEval-3 results"),
            new Anchor("figures", "CQE", "value_f1", 0.920, "CQE paper"),
            new Anchor("figures", "CQE", "value_unit_f1", 0.856, "CQE paper"),
            new Anchor("figures", "CQE", "value_concept_f1", 0.761, "CQE paper"),
            new Anchor("quotes", "PARC-3 model", "cue_f1", 0.823, "PARC-3 corpus, not PolNeAR"),
            new Anchor("quotes", "PARC-3 model", "speaker_f1", 0.820, "PARC-3 corpus, not PolNeAR"),
            new Anchor("quotes", "PARC-3 model", "content_f1", 0.833, "PARC-3 corpus, not PolNeAR"),
            new Anchor("timeline-t17", "SUnSET-Qwen72B", "rouge1_f", 0.136, SUNSET),
            new Anchor("timeline-t17", "SUnSET-Qwen72B", "rouge2_f", 0.044, SUNSET),
            new Anchor("timeline-t17", "SUnSET-Qwen72B", "date_f1", 0.576, SUNSET),
            new Anchor("timeline-t17", "DATEWISE", "rouge1_f", 0.120, GG2020),
            new Anchor("timeline-t17", "DATEWISE", "rouge2_f", 0.035, GG2020),
            new Anchor("timeline-t17", "DATEWISE", "date_f1", 0.544, GG2020),
            new Anchor("timeline-t17", "LLM-TLS", "rouge1_f", 0.114, SUNSET),
            new Anchor("timeline-t17", "LLM-TLS", "rouge2_f", 0.040, SUNSET),
            new Anchor("timeline-t17", "LLM-TLS", "date_f1", 0.543, SUNSET),
            new Anchor("timeline-crisis", "SUnSET", "rouge1_f", 0.129, SUNSET),
            new Anchor("timeline-crisis", "SUnSET", "rouge2_f", 0.047, SUNSET),
            new Anchor("timeline-crisis", "SUnSET", "date_f1", 0.389, SUNSET),
            new Anchor("timeline-crisis", "DATEWISE", "rouge1_f", 0.089, GG2020),
            new Anchor("timeline-crisis", "DATEWISE", "rouge2_f", 0.026, GG2020),
            new Anchor("timeline-crisis", "DATEWISE", "date_f1", 0.295, GG2020),
            new Anchor(
                    "speed",
                    "CoreNLP default (earlier run)",
                    "articles_per_s",
                    1.55,
                    "DESIGN.md, measured here before the project"));

    private static final List<Target> TARGETS = List.of(
            new Target("extraction", "f1", 0.970, true),
            new Target("metadata", "date_f1", 0.95, true),
            new Target("metadata", "title_exact", 0.90, true),
            new Target("metadata", "author_exact", 0.80, true),
            new Target("time", "value_f1", 0.80, true),
            new Target("figures", "value_f1", 0.93, true),
            new Target("figures", "value_unit_f1", 0.87, true),
            new Target("figures", "value_concept_f1", 0.78, true),
            new Target("quotes", "speaker_f1", 0.85, true),
            new Target("grouping", "bcubed_f1", 0.90, true),
            new Target("timeline-t17", "rouge1_f", 0.120, true),
            new Target("timeline-t17", "rouge2_f", 0.035, true),
            new Target("timeline-t17", "date_f1", 0.544, true),
            new Target("timeline-crisis", "rouge1_f", 0.089, true),
            new Target("timeline-crisis", "rouge2_f", 0.026, true),
            new Target("timeline-crisis", "date_f1", 0.295, true),
            new Target("speed", "articles_per_s", 30, true),
            new Target("speed", "speedup_vs_corenlp", 20, true),
            new Target("speed", "brief_seconds", 5, false),
            new Target("speed", "compose_seconds", 5, false),
            new Target("speed", "peak_heap_mb", 2048, false),
            new Target("speed", "grouping_factor_per_10x", 12, false));

    private Anchors() {}

    public static List<Anchor> published() {
        return PUBLISHED;
    }

    public static List<Target> targets() {
        return TARGETS;
    }
}
