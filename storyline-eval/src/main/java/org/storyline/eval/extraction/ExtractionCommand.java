package org.storyline.eval.extraction;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.storyline.eval.EvalOptions;
import org.storyline.eval.EvalReport;
import org.storyline.eval.HtmlDecoding;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code eval extraction}: article body extraction on the article-extraction benchmark. */
@Command(
        name = "extraction",
        mixinStandardHelpOptions = true,
        description = {
            "Article body extraction, scored with the article-extraction benchmark's evaluate.py metric",
            "(4-gram shingles of \\w+ tokens, per-page P/R averaged, F1 of the averages; accuracy = exact token match).",
            "--data: a folder with " + ExtractionBenchmark.LAYOUT + ".",
            "Systems: storyline, readability4j, boilerpipe (default: all). With --reference, scores the published",
            "tools' outputs in reference-outputs/ instead (checks the scorer against the benchmark's README)."
        })
public final class ExtractionCommand implements Callable<Integer> {
    private static final List<String> SYSTEMS = List.of("storyline", "readability4j", "boilerpipe");
    private static final int WARM_UP_PAGES = 20;

    @Mixin
    private EvalOptions options;

    @Spec
    private CommandSpec spec;

    @Option(names = "--reference", description = "Score the published outputs in reference-outputs/ instead.")
    private boolean reference;

    @Override
    public Integer call() {
        ExtractionBenchmark benchmark = ExtractionBenchmark.open(options.data());
        List<BenchmarkPage> pages = options.limit(benchmark.pages());
        Map<String, Map<String, Double>> systems = new LinkedHashMap<>();
        List<String> notes = new ArrayList<>();
        ShingleScorer scorer = new ShingleScorer();
        if (reference) {
            benchmark
                    .referenceOutputs()
                    .forEach((tool, predictions) ->
                            systems.put(tool, score(scorer, pages, predictions).metrics()));
            notes.add(pages.size() + " pages; published outputs from reference-outputs/");
        } else {
            List<String> html =
                    pages.stream().map(p -> HtmlDecoding.read(p.html())).toList();
            for (String name : options.systems(SYSTEMS, SYSTEMS)) {
                BodyExtractor extractor = create(name);
                systems.put(name, run(extractor, pages, html, scorer, notes));
            }
        }
        options.print(
                new EvalReport("extraction", options.data().toString(), systems, notes),
                spec.commandLine().getOut());
        return 0;
    }

    private static ExtractionScore score(
            ShingleScorer scorer, List<BenchmarkPage> pages, Map<String, String> predictions) {
        List<PageScore> scores = new ArrayList<>();
        for (BenchmarkPage page : pages) {
            scores.add(scorer.score(page.truth(), predictions.getOrDefault(page.id(), "")));
        }
        return scorer.aggregate(scores);
    }

    private static Map<String, Double> run(
            BodyExtractor extractor,
            List<BenchmarkPage> pages,
            List<String> html,
            ShingleScorer scorer,
            List<String> notes) {
        // an untimed pass over a few pages so that JIT warm-up does not count against whichever system runs first
        for (int i = 0; i < Math.min(WARM_UP_PAGES, pages.size()); i++) {
            extractor.body(html.get(i), pages.get(i).url());
        }
        Map<String, String> predictions = new LinkedHashMap<>();
        int empty = 0;
        long start = System.nanoTime();
        for (int i = 0; i < pages.size(); i++) {
            String body = extractor.body(html.get(i), pages.get(i).url());
            predictions.put(pages.get(i).id(), body);
            if (body.isBlank()) {
                empty++;
            }
        }
        double seconds = Math.max(1e-9, (System.nanoTime() - start) / 1e9);
        Map<String, Double> metrics =
                new LinkedHashMap<>(score(scorer, pages, predictions).metrics());
        metrics.put("pages_per_s", pages.size() / seconds);
        notes.add(String.format(
                Locale.ROOT,
                "%s: %d pages in %.2f s, %d with an empty body",
                extractor.name(),
                pages.size(),
                seconds,
                empty));
        return metrics;
    }

    private static BodyExtractor create(String name) {
        return switch (name) {
            case "storyline" -> new StorylineBodyExtractor();
            case "readability4j" -> new Readability4jBodyExtractor();
            case "boilerpipe" -> new BoilerpipeBodyExtractor();
            default -> throw new IllegalArgumentException("expected one of " + SYSTEMS + ", found " + name);
        };
    }
}
