package org.storyline.eval.ner;

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

/** {@code eval ner}: named entities on CoNLL-2003 (eng.testb), CoNLL++ or the 2020 Reuters set. */
@Command(
        name = "ner",
        mixinStandardHelpOptions = true,
        description = {
            "Named-entity recognition scored with conlleval's exact-span, exact-type micro P/R/F1, overall (4 types),",
            "on PER+LOC+ORG (3class) and per type. IOB1 and IOB2 files are both read with conlleval's chunk rules.",
            "--data: " + ConllReader.LAYOUT + ".",
            "Systems: storyline, corenlp-conll4, corenlp-3class, corenlp (default: all but corenlp).",
            "corenlp is the default CoreNLP pipeline (slow: about a minute per test set plus loading)."
        })
public final class NerCommand implements Callable<Integer> {
    @Mixin
    private EvalOptions options;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        List<ConllDocument> documents = options.limit(ConllReader.read(options.data()));
        List<List<String>> gold = new ArrayList<>();
        documents.forEach(d -> gold.addAll(new DocumentText(d).goldTags()));
        int tokens = documents.stream().mapToInt(ConllDocument::tokenCount).sum();
        ConllScorer scorer = new ConllScorer();
        Map<String, Map<String, Double>> systems = new LinkedHashMap<>();
        List<String> notes = new ArrayList<>();
        notes.add(String.format(
                Locale.ROOT,
                "%d documents, %d sentences, %d tokens, %d gold entities",
                documents.size(),
                gold.size(),
                tokens,
                scorer.score(gold, gold).overall().truePositives()));
        for (String name : options.systems(NerSystems.NAMES, NerSystems.DEFAULTS)) {
            long loadStart = System.nanoTime();
            EntityTagger tagger = NerSystems.load(name);
            double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
            List<List<String>> predicted = new ArrayList<>();
            long start = System.nanoTime();
            for (ConllDocument document : documents) {
                predicted.addAll(tagger.tag(document));
            }
            double seconds = Math.max(1e-9, (System.nanoTime() - start) / 1e9);
            Map<String, Double> metrics =
                    new LinkedHashMap<>(scorer.score(gold, predicted).metrics(tagger.producesMisc()));
            metrics.put("tokens_per_s", tokens / seconds);
            systems.put(name, metrics);
            notes.add(String.format(Locale.ROOT, "%s: loaded in %.1f s, tagged in %.1f s", name, loadSeconds, seconds));
        }
        options.print(
                new EvalReport("ner", options.data().toString(), systems, notes),
                spec.commandLine().getOut());
        return 0;
    }
}
