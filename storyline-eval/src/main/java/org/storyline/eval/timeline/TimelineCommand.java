package org.storyline.eval.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.storyline.analysis.Engine;
import org.storyline.analysis.EngineConfig;
import org.storyline.eval.EvalOptions;
import org.storyline.eval.EvalReport;
import org.storyline.eval.Prf;
import org.storyline.model.AnalyzedArticle;
import org.storyline.model.PublishedDate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code eval timeline}: timeline summarization on Timeline17 or Crisis, scored as news-tls does with tilse. */
@Command(
        name = "timeline",
        mixinStandardHelpOptions = true,
        description = {
            "Timelines scored as news-tls does: per reference timeline, the system gets the topic's articles published",
            "between the reference's first and last day and a budget of the reference's number of days and mean",
            "sentences per day; alignment-based ROUGE-1/2 (tilse align_date_content_costs_many_to_one, Porter stems,",
            "stop words out) and date selection P/R are averaged over all reference timelines, then F is taken.",
            "--data: " + TlsReader.LAYOUT + ".",
            "Systems: storyline (Engine analysis + TimelineBuilder), datewise and clust (baselines after news-tls).",
            "Default: all. --limit N: only the first N topics."
        })
public final class TimelineCommand implements Callable<Integer> {
    private static final List<String> SYSTEMS = List.of("storyline", "datewise", "clust");

    @Mixin
    private EvalOptions options;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        TlsDataset dataset = TlsReader.read(options.data());
        List<TlsTopic> topics = options.limit(dataset.topics());
        List<String> names = options.systems(SYSTEMS, SYSTEMS);
        Map<String, List<TimelineScore>> scores = new LinkedHashMap<>();
        Map<String, Double> seconds = new LinkedHashMap<>();
        names.forEach(n -> {
            scores.put(n, new ArrayList<>());
            seconds.put(n, 0.0);
        });
        Engine engine = Engine.create(EngineConfig.defaults());
        List<String> notes = new ArrayList<>();
        long analysisStart = System.nanoTime();
        int articleCount = 0;
        for (TlsTopic topic : topics) {
            ArticleBatch batch = ArticleBatch.analyze(engine, topic.articles());
            List<AnalyzedArticle> analyzed = batch.analyzed();
            articleCount += analyzed.size();
            batch.failures().forEach(f -> notes.add("left out (analysis failed) " + topic.name() + "/" + f));
            for (Timeline reference : topic.references()) {
                TlsInput input = input(analyzed, reference);
                StringBuilder line = new StringBuilder(String.format(
                        Locale.ROOT,
                        "%s/%s: %d articles, %d dates x %d",
                        topic.name(),
                        reference.name(),
                        input.articles().size(),
                        input.maxDates(),
                        input.sentencesPerDate()));
                for (String name : names) {
                    long start = System.nanoTime();
                    Timeline predicted = system(name).predict(input);
                    seconds.merge(name, (System.nanoTime() - start) / 1e9, Double::sum);
                    TimelineScore score = TimelineScore.score(predicted, reference);
                    scores.get(name).add(score);
                    line.append(String.format(
                            Locale.ROOT,
                            "; %s R1 %.3f R2 %.3f date %.3f",
                            name,
                            rougeF(score.rouge1()),
                            rougeF(score.rouge2()),
                            f(score.dateP(), score.dateR())));
                }
                notes.add(line.toString());
            }
        }
        double analysisSeconds = (System.nanoTime() - analysisStart) / 1e9
                - seconds.values().stream().mapToDouble(d -> d).sum();
        Map<String, Map<String, Double>> systems = new LinkedHashMap<>();
        for (String name : names) {
            Map<String, Double> metrics = new LinkedHashMap<>(TimelineScore.average(scores.get(name)));
            metrics.put("timelines", (double) scores.get(name).size());
            systems.put(name, metrics);
        }
        notes.add(String.format(
                Locale.ROOT,
                "%s: %d topics, %d reference timelines, %d articles analyzed in %.0f s",
                dataset.name(),
                topics.size(),
                scores.get(names.get(0)).size(),
                articleCount,
                analysisSeconds));
        dataset.skipped().forEach(s -> notes.add("skipped " + s));
        notes.add(
                "Anchors (Gholipour Ghalandari & Ifrim 2020, AR1-F/AR2-F/date-F1): T17 DATEWISE .120/.035/.544,"
                        + " CLUST .082/.020/.407; Crisis DATEWISE .089/.026/.295. SUnSET 2025 (unverified): T17 .136/.044/.576.");
        options.print(
                new EvalReport("timeline", options.data().toString(), systems, notes),
                spec.commandLine().getOut());
        return 0;
    }

    /** The articles published within the reference's first and last day, with its budget. */
    static TlsInput input(List<AnalyzedArticle> analyzed, Timeline reference) {
        List<LocalDate> dates = reference.dates();
        LocalDate start = dates.isEmpty() ? LocalDate.MIN : dates.get(0);
        LocalDate end = dates.isEmpty() ? LocalDate.MIN : dates.get(dates.size() - 1);
        List<AnalyzedArticle> window = analyzed.stream()
                .filter(a -> a.article()
                        .published()
                        .map(PublishedDate::date)
                        .filter(d -> !d.isBefore(start) && !d.isAfter(end))
                        .isPresent())
                .toList();
        return new TlsInput(window, start, end, dates.size(), reference.sentencesPerDate());
    }

    private static TimelineSystem system(String name) {
        return switch (name) {
            case "datewise" -> new DatewiseTimeline();
            case "clust" -> new ClusterTimeline();
            default -> new StorylineTimeline();
        };
    }

    private static double rougeF(AlignmentRouge r) {
        return f(r.precision(), r.recall());
    }

    private static double f(double p, double r) {
        return Prf.harmonicMean(p, r);
    }
}
