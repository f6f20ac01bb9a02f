package org.storyline.eval.report;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code eval report}: runs the benchmarks and regenerates docs/quality.md, docs/performance.md, quality.json. */
@Command(
        name = "report",
        mixinStandardHelpOptions = true,
        description = {
            "Runs the benchmark tasks in this JVM (each through its own eval subcommand, with --json), then writes",
            "quality.md, performance.md, quality.json ({task: {system: {metric: value}}}) and quality-runs.json",
            "(command, time, load per task; the machine) into --out. Tasks not run keep their recorded numbers.",
            "--data: the shared data folder holding every benchmark (e.g. ../shared/data).",
            "Exit 0 when every task ran, 1 when one failed (its old numbers are kept), 2 on bad usage."
        },
        footer = {
            "",
            "Examples:",
            "  eval report --data ../shared/data --out docs",
            "  eval report --data ../shared/data --tasks extraction,time,figures,grouping --out docs"
        })
public final class ReportCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--data", required = true, paramLabel = "PATH", description = "The shared data folder.")
    private String data;

    @Option(
            names = "--tasks",
            split = ",",
            paramLabel = "TASK",
            description = "Tasks to run (default: all):"
                    + " extraction, metadata, ner, ner-conllpp, ner-conll2020, time, figures, quotes, grouping,"
                    + " timeline-t17, timeline-crisis, speed.")
    private List<String> tasks = new ArrayList<>();

    @Option(names = "--out", paramLabel = "DIR", description = "Where the documents go (default: ${DEFAULT-VALUE}).")
    private Path out = Path.of("docs");

    @Override
    public Integer call() {
        List<ReportTask> selected = ReportTasks.select(tasks);
        PrintWriter err = spec.commandLine().getErr();
        MachineInfo machine = MachineInfo.detect();
        QualityRecord record = QualityRecord.read(out);
        TaskRunner runner = new TaskRunner(data, Clock.systemUTC());
        List<TaskRun> failures = new ArrayList<>();
        for (ReportTask task : selected) {
            err.println("report: " + task.commandLine(data));
            err.flush();
            TaskRun run = runner.run(task);
            err.println(String.format(
                    Locale.ROOT,
                    "report: %s %s in %.0f s",
                    task.key(),
                    run.succeeded() ? "done" : "FAILED (" + run.failure().orElse("") + ")",
                    run.seconds()));
            if (!run.succeeded()) {
                failures.add(run);
            }
            record = record.with(run, machine);
        }
        ReportHeader header = new ReportHeader(
                Clock.systemUTC().instant().truncatedTo(ChronoUnit.SECONDS).toString(),
                commandLine(),
                machine,
                selected.stream().map(ReportTask::key).toList(),
                failures);
        record.write(out);
        write(out.resolve("quality.md"), QualityMarkdown.render(record, header));
        write(out.resolve("performance.md"), PerformanceMarkdown.render(record, header));
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.println("wrote " + out.resolve("quality.md") + ", " + out.resolve("performance.md") + ", "
                + out.resolve(QualityRecord.RESULTS_FILE) + ", " + out.resolve(QualityRecord.RUNS_FILE)
                + (failures.isEmpty()
                        ? ""
                        : "; failed: " + failures.stream().map(TaskRun::task).toList()));
        stdout.flush();
        return failures.isEmpty() ? 0 : 1;
    }

    private String commandLine() {
        StringBuilder line = new StringBuilder("./storyline eval report --data ").append(data);
        if (!tasks.isEmpty()) {
            line.append(" --tasks ").append(String.join(",", tasks));
        }
        return line.append(" --out ").append(out).toString();
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + file, e);
        }
    }
}
