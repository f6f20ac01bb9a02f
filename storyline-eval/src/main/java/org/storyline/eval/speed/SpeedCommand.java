package org.storyline.eval.speed;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.storyline.analysis.Engine;
import org.storyline.analysis.EngineConfig;
import org.storyline.analysis.Progress;
import org.storyline.analysis.brief.BriefComposer;
import org.storyline.eval.BadDataException;
import org.storyline.eval.EvalOptions;
import org.storyline.eval.EvalReport;
import org.storyline.model.AnalyzedArticle;
import org.storyline.model.Article;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code eval speed}: end-to-end throughput against CoreNLP's default pipeline, brief time, grouping growth. */
@Command(
        name = "speed",
        mixinStandardHelpOptions = true,
        description = {
            "Speed, measured side by side in one JVM: articles/s and tokens/s of Storyline's full per-article",
            "analysis (Engine.analyzeAll) and of CoreNLP's default tokenize,ssplit,pos,lemma,ner on the same texts",
            "(a spread sample for the slow peer), their tokens/s ratio (speedup_vs_corenlp), peak heap, the warm",
            "wall time of a whole brief (Engine.brief, second of two runs) of one folder, and the time factor per",
            "tenfold batch of duplicate detection + story grouping on generated articles.",
            "--data: " + Timeline17Corpus.LAYOUT + ".",
            "Systems: storyline, corenlp (default: both). --limit N: only the first N articles."
        })
public final class SpeedCommand implements Callable<Integer> {
    private static final List<String> SYSTEMS = List.of("storyline", "corenlp");
    private static final int WARM_UP_ARTICLES = 60;
    private static final int CORENLP_WARM_UP = 3;

    @Mixin
    private EvalOptions options;

    @Spec
    private CommandSpec spec;

    @Option(
            names = "--topics",
            paramLabel = "PREFIX",
            description =
                    "Topic folders to read: those whose name" + " starts with PREFIX (default: ${DEFAULT-VALUE}).")
    private String topics = "SyrianCrisis";

    @Option(
            names = "--brief-folder",
            paramLabel = "NAME",
            description = "The folder a whole brief is made of" + " (default: ${DEFAULT-VALUE}); empty to skip.")
    private String briefFolder = "SyrianCrisis_bbc";

    @Option(
            names = "--threads",
            paramLabel = "N",
            description = "Threads for both systems (default: ${DEFAULT-VALUE}).")
    private int threads = 2;

    @Option(
            names = "--corenlp-sample",
            paramLabel = "N",
            description = "Articles CoreNLP gets, spread over the" + " corpus (default: ${DEFAULT-VALUE}; 0 = all).")
    private int coreNlpSample = 60;

    @Option(
            names = "--grouping-sizes",
            split = ",",
            paramLabel = "N",
            description =
                    "Generated batch sizes for" + " the grouping growth, ascending (default: 1000,10000; none: skip).")
    private List<Integer> groupingSizes = new ArrayList<>(List.of(1000, 10000));

    @Option(
            names = "--grouping-repeats",
            paramLabel = "N",
            description = "Runs per batch size, the fastest" + " counts (default: ${DEFAULT-VALUE}).")
    private int groupingRepeats = 3;

    @Option(
            names = "--seed",
            paramLabel = "N",
            description = "Seed of the generated articles (default: ${DEFAULT-VALUE}).")
    private long seed = 17;

    @Override
    public Integer call() {
        checkOptions();
        Timeline17Corpus reader = new Timeline17Corpus();
        List<CorpusArticle> corpus = options.limit(reader.read(options.data(), topics));
        List<String> systemsToRun = options.systems(SYSTEMS, SYSTEMS);
        Map<String, Map<String, Double>> systems = new LinkedHashMap<>();
        List<String> notes = new ArrayList<>();
        notes.add(String.format(
                Locale.ROOT,
                "%d articles (%s*), %d tokens; %d threads; -Xmx %.0f MiB; load average" + " %.1f at start",
                corpus.size(),
                topics,
                corpus.stream().mapToLong(CorpusArticle::tokens).sum(),
                threads,
                HeapPeak.maxMegabytes(),
                loadAverage()));
        Map<String, Double> storyline = new LinkedHashMap<>();
        Throughput ours = null;
        if (systemsToRun.contains("storyline")) {
            ours = measureStoryline(reader, corpus, storyline, notes);
            systems.put("storyline", storyline);
        }
        if (systemsToRun.contains("corenlp")) {
            Throughput peer = measureCoreNlp(corpus, notes);
            Map<String, Double> coreNlp = new LinkedHashMap<>();
            coreNlp.put("articles_per_s", peer.articlesPerSecond());
            coreNlp.put("tokens_per_s", peer.tokensPerSecond());
            coreNlp.put("articles", (double) peer.articles());
            systems.put("corenlp-default", coreNlp);
            if (ours != null) {
                storyline.put("speedup_vs_corenlp", ours.tokensPerSecond() / peer.tokensPerSecond());
            }
        }
        if (systemsToRun.contains("storyline")) {
            measureGrouping(storyline, notes);
        }
        notes.add(String.format(
                Locale.ROOT,
                "load average %.1f at the end (%d cores)",
                loadAverage(),
                Runtime.getRuntime().availableProcessors()));
        notes.add("speedup_vs_corenlp: ratio of tokens/s (tokens as in the data's own PTB tokenization), so the"
                + " sample's article lengths do not matter; peak_heap_mb: sum of the heap pools' peaks over the"
                + " Storyline runs (an upper bound, garbage included).");
        options.print(
                new EvalReport("speed", options.data().toString(), systems, notes),
                spec.commandLine().getOut());
        return 0;
    }

    private void checkOptions() {
        if (threads < 1 || coreNlpSample < 0 || groupingRepeats < 1) {
            throw new BadDataException("--threads and --grouping-repeats must be at least 1 and --corenlp-sample at"
                    + " least 0, found " + threads + ", " + groupingRepeats + ", " + coreNlpSample);
        }
        for (int i = 0; i < groupingSizes.size(); i++) {
            if (groupingSizes.get(i) < 1 || (i > 0 && groupingSizes.get(i) <= groupingSizes.get(i - 1))) {
                throw new BadDataException("--grouping-sizes must be ascending positive sizes, found " + groupingSizes);
            }
        }
    }

    private Throughput measureStoryline(
            Timeline17Corpus reader, List<CorpusArticle> corpus, Map<String, Double> metrics, List<String> notes) {
        Engine engine = Engine.create(EngineConfig.defaults().withThreads(threads));
        List<Article> articles = corpus.stream().map(CorpusArticle::article).toList();
        engine.analyzeAll(articles.subList(0, Math.min(WARM_UP_ARTICLES, articles.size())), Progress.none());
        HeapPeak.reset();
        Throughput run = Throughput.time(corpus, () -> engine.analyzeAll(articles, Progress.none()));
        metrics.put("articles_per_s", run.articlesPerSecond());
        metrics.put("tokens_per_s", run.tokensPerSecond());
        metrics.put("articles", (double) run.articles());
        notes.add(String.format(
                Locale.ROOT,
                "storyline: %d articles in %.1f s after a warm-up on %d",
                run.articles(),
                run.seconds(),
                Math.min(WARM_UP_ARTICLES, articles.size())));
        if (!briefFolder.isEmpty()) {
            measureBrief(engine, reader, metrics, notes);
        }
        metrics.put("peak_heap_mb", HeapPeak.megabytes());
        return run;
    }

    private void measureBrief(Engine engine, Timeline17Corpus reader, Map<String, Double> metrics, List<String> notes) {
        List<Article> story = reader.readTopic(options.data().resolve(briefFolder)).stream()
                .map(CorpusArticle::article)
                .toList();
        if (story.isEmpty()) {
            throw new BadDataException("no documents in " + options.data().resolve(briefFolder)
                    + "/docs/<YYYY-MM-DD>/; name a Timeline17 folder with --brief-folder, or none");
        }
        double[] seconds = new double[2];
        for (int run = 0; run < 2; run++) {
            long start = System.nanoTime();
            engine.brief(story, List.of(), Progress.none());
            seconds[run] = (System.nanoTime() - start) / 1e9;
        }
        metrics.put("brief_seconds", seconds[1]);
        // the brief's own across-article part, without the per-article analysis it starts with
        List<AnalyzedArticle> analyzed = engine.analyzeAll(story, Progress.none());
        BriefComposer composer = new BriefComposer(engine.config().summarySentences());
        double compose = 0;
        for (int run = 0; run < 2; run++) {
            long start = System.nanoTime();
            composer.compose(analyzed, List.of());
            compose = (System.nanoTime() - start) / 1e9;
        }
        metrics.put("compose_seconds", compose);
        notes.add(String.format(
                Locale.ROOT,
                "brief of %s (%d articles): %.2f s first run, %.2f s second (counted)," + " of which composing %.2f s",
                briefFolder,
                story.size(),
                seconds[0],
                seconds[1],
                compose));
    }

    private Throughput measureCoreNlp(List<CorpusArticle> corpus, List<String> notes) {
        List<CorpusArticle> sample = spreadSample(corpus, coreNlpSample);
        long loadStart = System.nanoTime();
        CoreNlpDefaultPipeline pipeline = CoreNlpDefaultPipeline.load();
        double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
        pipeline.annotate(corpus.subList(0, Math.min(CORENLP_WARM_UP, corpus.size())), threads);
        Throughput run = Throughput.time(sample, () -> pipeline.annotate(sample, threads));
        notes.add(String.format(
                Locale.ROOT,
                "corenlp-default (%s): %d articles (every %d-th) in %.1f s after a"
                        + " warm-up on %d; models loaded in %.1f s",
                CoreNlpDefaultPipeline.ANNOTATORS,
                run.articles(),
                Math.max(1, corpus.size() / Math.max(1, sample.size())),
                run.seconds(),
                CORENLP_WARM_UP,
                loadSeconds));
        return run;
    }

    private void measureGrouping(Map<String, Double> metrics, List<String> notes) {
        if (groupingSizes.isEmpty()) {
            return;
        }
        HeapPeak.reset();
        List<GroupingGrowth.Point> points =
                new GroupingGrowth(new SyntheticNews(seed)).measure(groupingSizes, groupingRepeats);
        for (GroupingGrowth.Point p : points) {
            metrics.put("grouping_seconds_" + p.articles(), p.seconds());
            notes.add(String.format(
                    Locale.ROOT,
                    "grouping %d generated articles: %.3f s (best of %d), %d stories," + " %d copies",
                    p.articles(),
                    p.seconds(),
                    groupingRepeats,
                    p.stories(),
                    p.copies()));
        }
        if (points.size() > 1) {
            metrics.put("grouping_factor_per_10x", GroupingGrowth.factorPerTenfold(points));
        }
    }

    /** {@code size} articles spread evenly over the list (all of them when size is 0 or too large). */
    static List<CorpusArticle> spreadSample(List<CorpusArticle> corpus, int size) {
        if (size == 0 || size >= corpus.size()) {
            return corpus;
        }
        List<CorpusArticle> sample = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            sample.add(corpus.get((int) ((long) i * corpus.size() / size)));
        }
        return List.copyOf(sample);
    }

    private static double loadAverage() {
        return Math.max(0, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }
}
