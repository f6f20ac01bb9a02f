package org.storyline.eval.figures;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.storyline.analysis.figure.FigureExtractor;
import org.storyline.analysis.sentence.SentenceSplitter;
import org.storyline.eval.DataLayout;
import org.storyline.eval.EvalOptions;
import org.storyline.eval.EvalReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code eval figures}: quantities on the CQE test sets (NewsQuant by default). */
@Command(
        name = "figures",
        mixinStandardHelpOptions = true,
        description = {
            "Quantities scored as the CQE paper does (evaluate_models.py): P/R/F1 of value, value+unit and, on",
            "NewsQuant, value+change and value+concept (partial word overlap; the paper's value+concept row).",
            "--data: the newsquant_cqe folder with " + FiguresCommand.LAYOUT + ".",
            "Systems: storyline (SentenceSplitter + FigureExtractor, mapped as FigureMapping documents),",
            "gpt3 (the published GPT-3 predictions rescored; reproduces the paper's rows). Default: both."
        })
public final class FiguresCommand implements Callable<Integer> {
    static final String LAYOUT = "formatted_test_set/<set>.json and gpt_3_output/predictions_<set>.json";
    private static final List<String> SYSTEMS = List.of("storyline", "gpt3");

    @Mixin
    private EvalOptions options;

    @Spec
    private CommandSpec spec;

    @Option(
            names = "--set",
            paramLabel = "NAME",
            description = "Test set: NewsQuant (default), age-model,"
                    + " currency-model, dimension-model or temperature-model.")
    private String set = "NewsQuant";

    @Override
    public Integer call() {
        DataLayout layout = new DataLayout(options.data(), LAYOUT);
        if (!CqeTestSet.NAMES.contains(set)) {
            throw layout.fail("unknown --set " + set + " (known: " + String.join(", ", CqeTestSet.NAMES) + ")");
        }
        List<CqeSentence> sentences =
                options.limit(CqeTestSet.read(layout.file("formatted_test_set/" + set + ".json")));
        boolean newsQuant = set.equals("NewsQuant");
        CqeScorer scorer = new CqeScorer(newsQuant);
        Map<String, Map<String, Double>> systems = new LinkedHashMap<>();
        List<String> notes = new ArrayList<>();
        notes.add(String.format(
                Locale.ROOT,
                "%s: %d sentences, %d gold quantities",
                set,
                sentences.size(),
                sentences.stream().mapToInt(s -> s.gold().size()).sum()));
        for (String name : options.systems(SYSTEMS, SYSTEMS)) {
            Function<String, List<CqeQuantity>> system = system(name, layout);
            CqeCounts counts = CqeCounts.ZERO;
            long start = System.nanoTime();
            for (CqeSentence sentence : sentences) {
                counts = counts.plus(scorer.score(sentence.gold(), system.apply(sentence.text())));
            }
            double seconds = Math.max(1e-9, (System.nanoTime() - start) / 1e9);
            Map<String, Double> metrics = new LinkedHashMap<>(counts.metrics(newsQuant));
            metrics.put("sentences_per_s", sentences.size() / seconds);
            systems.put(name, metrics);
            notes.add(String.format(
                    Locale.ROOT,
                    "%s: %d predicted; matches value %d, value+unit %d, value+change %d,"
                            + " value+concept %d (complete %d)",
                    name,
                    counts.predicted(),
                    counts.value(),
                    counts.valueUnit(),
                    counts.valueChange(),
                    counts.conceptPartial(),
                    counts.conceptComplete()));
        }
        notes.add("Anchors (CQE paper, NewsQuant value/value+unit/value+concept F1): CQE 92.0/85.6/76.1,"
                + " GPT-3 70.6/59.1/54.8.");
        options.print(
                new EvalReport("figures", options.data().toString(), systems, notes),
                spec.commandLine().getOut());
        return 0;
    }

    private Function<String, List<CqeQuantity>> system(String name, DataLayout layout) {
        if (name.equals("gpt3")) {
            Path file = layout.file("gpt_3_output/predictions_" + set + ".json");
            return Gpt3Predictions.read(file, set.equals("age-model"))::forText;
        }
        SentenceSplitter splitter = new SentenceSplitter();
        FigureExtractor extractor = new FigureExtractor();
        return text -> extractor.extract(text, splitter.split(text)).stream()
                .map(FigureMapping::toCqe)
                .toList();
    }
}
