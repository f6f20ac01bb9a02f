package org.storyline.eval.quotes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.storyline.analysis.entity.NerModel;
import org.storyline.eval.EvalOptions;
import org.storyline.eval.EvalReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code eval quotes}: quotes with cue and speaker on PolNeAR. */
@Command(
        name = "quotes",
        mixinStandardHelpOptions = true,
        description = {
            "Attributions scored by span overlap on PolNeAR (test split: 84 articles; one annotator per article, the",
            "first listed in metadata.tsv): cue, speaker (source) and content P/R/F1. Matching is one-to-one and greedy",
            "by shared characters; speaker counts on attributions whose contents matched (see AttributionScorer).",
            "--data: " + PolnearReader.LAYOUT + ".",
            "Systems: storyline (SentenceSplitter + EntityRecognizer + QuoteExtractor), corenlp (CoreNLP quote",
            "annotator with attribution; slow, minutes; finds no cues). Default: both."
        })
public final class QuotesCommand implements Callable<Integer> {
    private static final List<String> SYSTEMS = List.of("storyline", "corenlp");

    @Mixin
    private EvalOptions options;

    @Spec
    private CommandSpec spec;

    @Option(names = "--split", paramLabel = "NAME", description = "Split to score: test (default), dev or train.")
    private String split = "test";

    @Override
    public Integer call() {
        List<PolnearArticle> articles = options.limit(PolnearReader.read(options.data(), split));
        AttributionScorer scorer = new AttributionScorer();
        Map<String, Map<String, Double>> systems = new LinkedHashMap<>();
        List<String> notes = new ArrayList<>();
        notes.add(String.format(
                Locale.ROOT,
                "PolNeAR %s: %d articles, %d gold attributions",
                split,
                articles.size(),
                articles.stream().mapToInt(a -> a.gold().size()).sum()));
        for (String name : options.systems(SYSTEMS, SYSTEMS)) {
            AttributionSystem system =
                    name.equals("corenlp") ? CoreNlpAttributions.load() : new StorylineAttributions(NerModel.load());
            AttributionCounts counts = AttributionCounts.ZERO;
            long start = System.nanoTime();
            for (PolnearArticle article : articles) {
                counts = counts.plus(scorer.score(article.gold(), system.attribute(article.text())));
            }
            double seconds = Math.max(1e-9, (System.nanoTime() - start) / 1e9);
            Map<String, Double> metrics = new LinkedHashMap<>(counts.metrics(system.findsCues()));
            metrics.put("docs_per_s", articles.size() / seconds);
            systems.put(name, metrics);
            notes.add(String.format(
                    Locale.ROOT,
                    "%s: %d predicted contents (%d matched), %d speakers (%d right)," + " %d cues (%d matched)%s",
                    name,
                    counts.content().truePositives() + counts.content().falsePositives(),
                    counts.content().truePositives(),
                    counts.speaker().truePositives() + counts.speaker().falsePositives(),
                    counts.speaker().truePositives(),
                    counts.cue().truePositives() + counts.cue().falsePositives(),
                    counts.cue().truePositives(),
                    system.findsCues() ? "" : "; finds no cues, so no cue scores"));
        }
        notes.add("Anchor (PARC-3 model, another corpus, overlap F1): cue 0.823, speaker 0.820, content 0.833.");
        options.print(
                new EvalReport("quotes", options.data().toString(), systems, notes),
                spec.commandLine().getOut());
        return 0;
    }
}
