package org.storyline.eval;

import java.io.PrintWriter;
import org.storyline.eval.extraction.ExtractionCommand;
import org.storyline.eval.metadata.MetadataCommand;
import org.storyline.eval.ner.NerCommand;
import org.storyline.eval.report.FloorCommand;
import org.storyline.eval.report.ReportCommand;
import org.storyline.eval.speed.SpeedCommand;
import org.storyline.eval.time.TimeCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParameterException;

/**
 * {@code storyline eval <task> --data PATH [--json] [--systems a,b] [--limit N]}: scores Storyline and peer
 * systems on a benchmark with the benchmark's published protocol.
 *
 * <p>Exit codes: 0 scored, 1 failure while scoring, 2 bad usage or a {@code --data} path without the expected
 * layout. A new task is one more class in {@code subcommands} below.
 */
@Command(
        name = "eval",
        mixinStandardHelpOptions = true,
        description = "Scores Storyline and peer systems on benchmarks with the published protocols.",
        footer = {
            "",
            "Examples:",
            "  eval extraction --data ../shared/data/article-extraction",
            "  eval extraction --data ../shared/data/article-extraction --reference --json",
            "  eval metadata --data ../shared/data/trafilatura-eval --systems storyline,rules",
            "  eval ner --data ../shared/data/conll2003/eng.testb --systems storyline,corenlp-conll4",
            "  eval time --data ../shared/data/tempeval3/Evaluation/te3-platinum"
        },
        subcommands = {
            ExtractionCommand.class,
            MetadataCommand.class,
            NerCommand.class,
            TimeCommand.class,
            SpeedCommand.class,
            org.storyline.eval.figures.FiguresCommand.class,
            org.storyline.eval.quotes.QuotesCommand.class,
            org.storyline.eval.grouping.GroupingCommand.class,
            org.storyline.eval.timeline.TimelineCommand.class,
            ReportCommand.class,
            FloorCommand.class,
        })
public final class EvalMain implements Runnable {
    @picocli.CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line and returns its exit code; {@code out} gets the report, {@code err} problems. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new EvalMain());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setParameterExceptionHandler(EvalMain::badUsage);
        commandLine.setExecutionExceptionHandler((e, line, parsed) -> {
            if (e instanceof BadDataException) {
                line.getErr().println("eval " + line.getCommandName() + ": " + e.getMessage());
                return 2;
            }
            line.getErr().println("eval " + line.getCommandName() + ": failed: " + e);
            e.printStackTrace(line.getErr());
            return 1;
        });
        return commandLine.execute(args);
    }

    private static int badUsage(ParameterException e, String[] args) {
        CommandLine line = e.getCommandLine();
        line.getErr().println("eval " + line.getCommandName() + ": " + e.getMessage());
        line.getErr().println("Run with --help for the options and the expected --data layout.");
        return 2;
    }

    @Override
    public void run() {
        throw new ParameterException(
                spec.commandLine(), "missing task: one of " + spec.subcommands().keySet());
    }
}
