package org.storyline.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code storyline} command line. {@code storyline brief} is the main job; {@code ./storyline eval} is
 * routed by the launcher script to the separate storyline-eval module.
 */
@Command(
        name = "storyline",
        mixinStandardHelpOptions = true,
        versionProvider = VersionInfo.class,
        usageHelpAutoWidth = true,
        description = "Turns many overlapping news reports about a story into one sourced brief.",
        commandListHeading = "%nCommands:%n",
        footerHeading = "%nExamples:%n",
        footer = {
            "  storyline brief examples/harbor-flood \\",
            "      --manifest examples/harbor-flood/manifest.json --out brief.html",
            "  storyline brief --help",
            "",
            "Exit codes: 0 ok, 1 nothing briefed, 2 bad usage.",
            "The launcher script also runs './storyline eval <task> --data PATH' (the storyline-eval module)."
        })
public final class Main implements Runnable {
    /** Set by the launcher script: Java itself cannot tell whether stderr alone is a terminal. */
    static final String STDERR_TERMINAL_PROPERTY = "storyline.stderrTerminal";

    @Spec
    private CommandSpec spec;

    private Main() {}

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        String flag = System.getProperty(STDERR_TERMINAL_PROPERTY);
        boolean stderrIsTerminal = flag != null ? Boolean.parseBoolean(flag) : System.console() != null;
        System.exit(run(args, out, err, stderrIsTerminal, new EnginePipeline()));
    }

    /**
     * Runs one command line and returns its exit code; prints to {@code out} and {@code err} only.
     *
     * @param stderrIsTerminal true to draw progress bars, false for one line per stage
     * @param pipeline ingest and analysis, used by {@code brief}
     */
    static int run(String[] args, PrintWriter out, PrintWriter err, boolean stderrIsTerminal, BriefPipeline pipeline) {
        CommandLine commandLine = new CommandLine(new Main());
        commandLine.addSubcommand("brief", new BriefCommand(pipeline, stderrIsTerminal));
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setParameterExceptionHandler(new UsageErrorHandler());
        commandLine.setExitCodeExceptionMapper(e -> ExitCodes.FAILURE);
        int status = commandLine.execute(args);
        out.flush();
        err.flush();
        return status;
    }

    @Override
    public void run() {
        throw new UsageError(
                spec.commandLine(),
                "missing a command; run 'storyline brief <inputs...>' or see" + " 'storyline --help'");
    }
}
