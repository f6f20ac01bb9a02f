package org.storyline.eval.metadata;

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
import picocli.CommandLine.Spec;

/** {@code eval metadata}: title, author and publication date on the trafilatura evaluation set. */
@Command(
        name = "metadata",
        mixinStandardHelpOptions = true,
        description = {
            "Title, author and publication-date extraction on the trafilatura evaluation set:",
            "title/author exact match after white-space normalisation; date: exact day, htmldate-style P/R/F",
            "(no date = missing, wrong date = wrong), each over the pages annotated for that field.",
            "--data: a folder with " + MetadataBenchmark.LAYOUT + ".",
            "Systems: storyline, readability4j (title, byline), rules (JSON-LD + meta baseline). Default: all."
        })
public final class MetadataCommand implements Callable<Integer> {
    private static final List<String> SYSTEMS = List.of("storyline", "readability4j", "rules");

    @Mixin
    private EvalOptions options;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        List<MetadataCase> cases = options.limit(MetadataBenchmark.read(options.data()));
        List<String> html = cases.stream().map(c -> HtmlDecoding.read(c.html())).toList();
        MetadataScorer scorer = new MetadataScorer();
        Map<String, Map<String, Double>> systems = new LinkedHashMap<>();
        List<String> notes = new ArrayList<>();
        MetadataScore last = null;
        for (String name : options.systems(SYSTEMS, SYSTEMS)) {
            MetadataExtractor extractor = create(name);
            List<PageMetadata> found = new ArrayList<>();
            long start = System.nanoTime();
            for (int i = 0; i < cases.size(); i++) {
                found.add(extractor.extract(html.get(i), cases.get(i).url()));
            }
            double seconds = Math.max(1e-9, (System.nanoTime() - start) / 1e9);
            last = scorer.score(cases, found);
            Map<String, Double> metrics = new LinkedHashMap<>(last.metrics());
            metrics.put("pages_per_s", cases.size() / seconds);
            systems.put(name, metrics);
        }
        if (last != null) {
            notes.add(String.format(
                    Locale.ROOT,
                    "%d pages; annotated: title %d, author %d, date %d",
                    cases.size(),
                    last.titles(),
                    last.authors(),
                    last.dates().truePositives()
                            + last.dates().falsePositives()
                            + last.dates().falseNegatives()));
        }
        options.print(
                new EvalReport("metadata", options.data().toString(), systems, notes),
                spec.commandLine().getOut());
        return 0;
    }

    private static MetadataExtractor create(String name) {
        return switch (name) {
            case "storyline" -> new StorylineMetadata();
            case "readability4j" -> new Readability4jMetadata();
            case "rules" -> new RuleBaselineMetadata();
            default -> throw new IllegalArgumentException("expected one of " + SYSTEMS + ", found " + name);
        };
    }
}
