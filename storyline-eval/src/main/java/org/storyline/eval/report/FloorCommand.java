package org.storyline.eval.report;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.storyline.eval.BadDataException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code eval floor}: reruns fast tasks and fails when a Storyline score fell below its recorded figure. */
@Command(
        name = "floor",
        mixinStandardHelpOptions = true,
        description = {
            "The CI regression floor: runs the tasks (as eval report does) and compares Storyline's scores with",
            "the recorded quality.json; exit 1 when any score is more than --margin below its record or missing,",
            "0 otherwise (scores that rose are fine: regenerate the record with eval report to keep them)."
        },
        footer = {"", "Example:", "  eval floor --data ../shared/data --tasks extraction,time,figures,grouping"})
public final class FloorCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--data", required = true, paramLabel = "PATH", description = "The shared data folder.")
    private String data;

    @Option(
            names = "--tasks",
            split = ",",
            paramLabel = "TASK",
            description = "Tasks to rerun (default:" + " ${DEFAULT-VALUE}).")
    private List<String> tasks = new ArrayList<>(List.of("extraction", "time", "figures", "grouping"));

    @Option(
            names = "--baseline",
            paramLabel = "FILE",
            description = "The recorded results (default:" + " ${DEFAULT-VALUE}).")
    private Path baseline = Path.of("docs", QualityRecord.RESULTS_FILE);

    @Option(names = "--margin", paramLabel = "X", description = "Allowed drop, absolute (default: ${DEFAULT-VALUE}).")
    private double margin = 0.01;

    @Override
    public Integer call() {
        if (!Files.isRegularFile(baseline)) {
            throw new BadDataException("no recorded results at " + baseline + "; generate them with eval report or"
                    + " name them with --baseline");
        }
        if (!(margin >= 0)) {
            throw new BadDataException("--margin must be 0 or more, found " + margin);
        }
        QualityRecord recorded = QualityRecord.read(baseline, baseline.resolveSibling(QualityRecord.RUNS_FILE));
        TaskRunner runner = new TaskRunner(data, Clock.systemUTC());
        PrintWriter err = spec.commandLine().getErr();
        List<TaskRun> runs = new ArrayList<>();
        for (ReportTask task : ReportTasks.select(tasks)) {
            err.println("floor: " + task.commandLine(data));
            err.flush();
            TaskRun run = runner.run(task);
            err.println(String.format(
                    Locale.ROOT,
                    "floor: %s %s in %.0f s",
                    task.key(),
                    run.succeeded() ? "done" : "FAILED (" + run.failure().orElse("") + ")",
                    run.seconds()));
            runs.add(run);
        }
        List<FloorCheck.Row> rows = new FloorCheck(margin).compare(recorded, runs);
        long failing = rows.stream().filter(FloorCheck.Row::fails).count();
        PrintWriter out = spec.commandLine().getOut();
        out.print(FloorCheck.table(rows));
        out.println(
                failing == 0
                        ? String.format(Locale.ROOT, "floor: OK, no score more than %.3f below %s", margin, baseline)
                        : String.format(
                                Locale.ROOT,
                                "floor: FAILED, %d score(s) more than %.3f below %s or missing",
                                failing,
                                margin,
                                baseline));
        out.flush();
        return failing == 0 ? 0 : 1;
    }
}
