package org.storyline.eval.grouping;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.storyline.analysis.Engine;
import org.storyline.analysis.EngineConfig;
import org.storyline.eval.EvalOptions;
import org.storyline.eval.EvalReport;
import org.storyline.eval.timeline.ArticleBatch;
import org.storyline.model.AnalyzedArticle;
import org.storyline.model.Article;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code eval grouping}: story grouping on ECB+ documents against its sub-topics. */
@Command(
        name = "grouping",
        mixinStandardHelpOptions = true,
        description = {
            "Story grouping scored with B-cubed P/R/F1 of document clusters against the ECB+ sub-topics (topic N's",
            "ecb and ecbplus documents are two stories). bcubed_* clusters all documents at once; topic_bcubed_*",
            "clusters each topic's documents separately (the easier, per-topic setting).",
            "--data: " + EcbReader.LAYOUT + ".",
            "Systems: storyline (Engine analysis, DuplicateDetector, StoryGrouper.defaults()), tfidf (plain TF-IDF",
            "average-link baseline, threshold " + TfidfAgglomerative.DEFAULT_THRESHOLD + " chosen on the dev topics).",
            "Default: both."
        })
public final class GroupingCommand implements Callable<Integer> {
    private static final List<String> SYSTEMS = List.of("storyline", "tfidf");

    @Mixin
    private EvalOptions options;

    @Spec
    private CommandSpec spec;

    @Option(
            names = "--baseline-threshold",
            paramLabel = "T",
            description =
                    "Mean cosine similarity at which the" + " tfidf baseline still merges (default: ${DEFAULT-VALUE}).")
    private double baselineThreshold = TfidfAgglomerative.DEFAULT_THRESHOLD;

    @Override
    public Integer call() {
        List<EcbDocument> documents = options.limit(EcbReader.read(options.data()));
        Map<String, String> gold = new TreeMap<>();
        documents.forEach(d -> gold.put(d.id(), d.subTopic()));
        Map<String, Map<String, Double>> systems = new LinkedHashMap<>();
        List<String> notes = new ArrayList<>();
        notes.add(String.format(
                Locale.ROOT,
                "%d documents, %d topics, %d gold stories",
                documents.size(),
                documents.stream().map(EcbDocument::topic).distinct().count(),
                documents.stream().map(EcbDocument::subTopic).distinct().count()));
        for (String name : options.systems(SYSTEMS, SYSTEMS)) {
            long start = System.nanoTime();
            Function<List<EcbDocument>, Map<String, String>> system =
                    name.equals("tfidf") ? tfidf(new TfidfAgglomerative(baselineThreshold)) : storyline(documents);
            Map<String, String> all = system.apply(documents);
            double seconds = Math.max(1e-9, (System.nanoTime() - start) / 1e9);
            Map<String, String> perTopic = perTopic(documents, system);
            BCubed whole = BCubed.score(all, gold);
            BCubed topics = BCubed.score(perTopic, gold);
            Map<String, Double> metrics = new LinkedHashMap<>();
            metrics.put("bcubed_p", whole.precision());
            metrics.put("bcubed_r", whole.recall());
            metrics.put("bcubed_f1", whole.f1());
            metrics.put("topic_bcubed_p", topics.precision());
            metrics.put("topic_bcubed_r", topics.recall());
            metrics.put("topic_bcubed_f1", topics.f1());
            metrics.put("docs_per_s", documents.size() / seconds);
            systems.put(name, metrics);
            notes.add(String.format(
                    Locale.ROOT,
                    "%s: %d clusters over all documents",
                    name,
                    all.values().stream().distinct().count()));
        }
        notes.add("docs_per_s: the all-documents run, Storyline's per-article analysis included.");
        notes.add("Cross-document entity coreference (ECB+ test topics 36-45, CoNLL F1) is not measured yet.");
        options.print(
                new EvalReport("grouping", options.data().toString(), systems, notes),
                spec.commandLine().getOut());
        return 0;
    }

    private static Map<String, String> perTopic(
            List<EcbDocument> documents, Function<List<EcbDocument>, Map<String, String>> system) {
        Map<Integer, List<EcbDocument>> byTopic = new TreeMap<>();
        documents.forEach(
                d -> byTopic.computeIfAbsent(d.topic(), k -> new ArrayList<>()).add(d));
        Map<String, String> clusters = new HashMap<>();
        byTopic.forEach((topic, members) ->
                system.apply(members).forEach((id, cluster) -> clusters.put(id, topic + "/" + cluster)));
        return clusters;
    }

    private static Function<List<EcbDocument>, Map<String, String>> tfidf(TfidfAgglomerative baseline) {
        return documents -> {
            int[] cluster =
                    baseline.cluster(documents.stream().map(EcbDocument::text).toList());
            Map<String, String> out = new HashMap<>();
            for (int i = 0; i < cluster.length; i++) {
                out.put(documents.get(i).id(), "c" + cluster[i]);
            }
            return out;
        };
    }

    /** Analyzes every document once, then groups whichever subset is asked for. */
    private static Function<List<EcbDocument>, Map<String, String>> storyline(List<EcbDocument> documents) {
        Engine engine = Engine.create(EngineConfig.defaults());
        List<Article> articles =
                documents.stream().map(GroupingCommand::article).toList();
        ArticleBatch batch = ArticleBatch.analyze(engine, articles);
        if (!batch.failures().isEmpty()) {
            // B-cubed needs every document clustered; a product failure here is a finding to fix, not to hide
            throw new IllegalStateException("analysis failed on " + batch.failures());
        }
        Map<String, AnalyzedArticle> analyzed = new HashMap<>();
        batch.analyzed().forEach(a -> analyzed.put(a.article().id(), a));
        StorylineGrouping grouping = new StorylineGrouping();
        return subset ->
                grouping.group(subset.stream().map(d -> analyzed.get(d.id())).toList());
    }

    private static Article article(EcbDocument d) {
        return new Article(d.id(), d.id() + ".xml", "", "", List.of(), Optional.empty(), "en", d.text());
    }
}
