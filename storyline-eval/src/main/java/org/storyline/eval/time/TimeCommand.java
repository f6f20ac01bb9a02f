package org.storyline.eval.time;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.storyline.eval.EvalOptions;
import org.storyline.eval.EvalReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code eval time}: time expressions on TempEval-3 (TE3-Platinum). */
@Command(
        name = "time",
        mixinStandardHelpOptions = true,
        description = {
            "Time expressions scored with the TempEval-3 Task A timex protocol: relaxed (overlap) and strict",
            "(exact extent) P/R/F1, and value F1 = value accuracy over relaxed matches x relaxed F1 (the official",
            "rank). The DCT of each document is the anchor for relative expressions.",
            "--data: a folder (or one file) of " + TimeMlReader.LAYOUT + ".",
            "Systems: storyline, sutime, heideltime (without TreeTagger, which cannot be installed; default: all)."
        })
public final class TimeCommand implements Callable<Integer> {
    @Mixin
    private EvalOptions options;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        List<TimeMlDocument> documents = options.limit(TimeMlReader.read(options.data()));
        TempEvalScorer scorer = new TempEvalScorer();
        Map<String, Map<String, Double>> systems = new LinkedHashMap<>();
        List<String> notes = new ArrayList<>();
        notes.add(String.format(
                Locale.ROOT,
                "%d documents, %d gold TIMEX3 (DCTs not counted)",
                documents.size(),
                documents.stream().mapToInt(d -> d.timexes().size()).sum()));
        for (String name : options.systems(TimeSystems.NAMES, TimeSystems.DEFAULTS)) {
            TimexTagger tagger = TimeSystems.load(name);
            TimexCounts counts = TimexCounts.ZERO;
            long start = System.nanoTime();
            for (TimeMlDocument document : documents) {
                List<Timex> found = tagger.tag(document.text(), document.creationTime());
                counts = counts.plus(scorer.score(document.timexes(), found));
            }
            double seconds = Math.max(1e-9, (System.nanoTime() - start) / 1e9);
            Map<String, Double> metrics = new LinkedHashMap<>(counts.metrics());
            metrics.put("docs_per_s", documents.size() / seconds);
            systems.put(name, metrics);
            notes.add(String.format(
                    Locale.ROOT,
                    "%s: %d found, %d relaxed / %d strict matches, %d right values",
                    name,
                    counts.system(),
                    counts.relaxed(),
                    counts.strict(),
                    counts.valueMatches()));
        }
        options.print(
                new EvalReport("time", options.data().toString(), systems, notes),
                spec.commandLine().getOut());
        return 0;
    }
}
