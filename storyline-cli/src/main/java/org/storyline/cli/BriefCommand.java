package org.storyline.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.storyline.analysis.EngineConfig;
import org.storyline.analysis.Progress;
import org.storyline.ingest.IngestResult;
import org.storyline.ingest.Manifest;
import org.storyline.ingest.ManifestException;
import org.storyline.model.Article;
import org.storyline.model.Brief;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code storyline brief}: reads the inputs, briefs them, writes the brief and reports what was skipped. */
@Command(
        name = "brief",
        mixinStandardHelpOptions = true,
        versionProvider = VersionInfo.class,
        sortOptions = false,
        usageHelpAutoWidth = true,
        description = {
            "Writes one sourced brief per story from many news reports.",
            "Each brief has a summary, a timeline, who is involved, who said what, the figures (flagged where"
                    + " sources disagree) and the sources, every statement cited.",
            ""
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:at least one article was briefed",
            "1:nothing could be briefed (every input was skipped), or the brief could not be written",
            "2:bad usage (unknown option, bad --since, unknown --out extension, unusable --manifest)"
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  storyline brief examples/harbor-flood \\",
            "      --manifest examples/harbor-flood/manifest.json --out brief.html",
            "  storyline brief reports/ --since 2025-03-11 --out brief.json",
            "  storyline brief https://example.org/feed.xml page.html notes.txt > brief.md",
            "",
            "Inputs may be files (HTML pages, plain-text scrapes, RSS/Atom feeds), folders (read recursively, hidden"
                    + " files and manifest.json skipped) and http(s) URLs of pages or feeds."
        })
final class BriefCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files, folders or http(s) URLs to read.")
    private List<String> inputs = List.of();

    @Option(
            names = "--out",
            paramLabel = "FILE",
            description = "Write the brief to FILE; its extension picks the format: .html (self-contained page),"
                    + " .md (Markdown) or .json. Without it, Markdown goes to standard output.")
    private Path out;

    @Option(
            names = "--manifest",
            paramLabel = "FILE",
            description = "A JSON file giving publication dates, outlets and URLs of inputs that do not carry them:"
                    + " {\"articles\": [{\"file\": \"a.txt\", \"published\": \"2025-03-11\", \"outlet\": \"...\"}]}.")
    private Path manifest;

    @Option(
            names = "--since",
            paramLabel = "YYYY-MM-DD",
            converter = IsoDateConverter.class,
            description = "Leave out articles published before this day (articles with no known date are kept).")
    private LocalDate since;

    @Option(
            names = "--summary-sentences",
            paramLabel = "N",
            description = "At most N sentences in each story's summary (default: ${DEFAULT-VALUE}).")
    private int summarySentences = EngineConfig.defaults().summarySentences();

    @Option(
            names = "--threads",
            paramLabel = "N",
            description = "Analyse articles on N threads (default: one per processor).")
    private int threads = EngineConfig.defaults().threads();

    @Option(names = "--quiet", description = "Show no progress; the closing summary is still printed.")
    private boolean quiet;

    private final BriefPipeline pipeline;
    private final boolean stderrIsTerminal;

    BriefCommand(BriefPipeline pipeline, boolean stderrIsTerminal) {
        this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
        this.stderrIsTerminal = stderrIsTerminal;
    }

    @Override
    public Integer call() {
        OutputFormat format = outputFormat();
        EngineConfig config = engineConfig();
        Manifest facts = loadManifest();
        PrintWriter err = spec.commandLine().getErr();
        ConsoleProgress console = new ConsoleProgress(err, stderrIsTerminal);
        Progress progress = quiet ? Progress.none() : console;

        progress.advanced("ingest", 0, inputs.size());
        IngestResult ingested = pipeline.ingest(inputs, facts);
        progress.advanced("ingest", inputs.size(), inputs.size());
        List<Article> articles = selectSince(ingested.articles(), err);

        Brief brief = articles.isEmpty()
                ? new Brief(List.of(), ingested.diagnostics())
                : pipeline.brief(articles, ingested.diagnostics(), config, progress);
        console.finish();
        int status =
                articles.isEmpty() ? ExitCodes.FAILURE : write(format.writer().write(brief), err);
        RunReport.lines(brief, ingested.diagnostics()).forEach(err::println);
        err.flush();
        return status == ExitCodes.OK && RunReport.articlesBriefed(brief) == 0 ? ExitCodes.FAILURE : status;
    }

    private OutputFormat outputFormat() {
        if (out == null) {
            return OutputFormat.MARKDOWN;
        }
        if (Files.isDirectory(out)) {
            throw usage("--out " + out + " is a folder; give a file name ending in .html, .md or .json");
        }
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            throw usage("--out " + out + ": folder " + parent + " does not exist; create it or write elsewhere");
        }
        return OutputFormat.forFile(out)
                .orElseThrow(() ->
                        usage("--out " + out + " has an unknown extension; end the file name in .html, .md or .json"));
    }

    private EngineConfig engineConfig() {
        if (threads < 1) {
            throw usage("--threads " + threads + " is too small; give 1 or more");
        }
        if (summarySentences < 1) {
            throw usage("--summary-sentences " + summarySentences + " is too small; give 1 or more");
        }
        return new EngineConfig(threads, summarySentences);
    }

    private Manifest loadManifest() {
        if (manifest == null) {
            return Manifest.empty();
        }
        try {
            return Manifest.load(manifest);
        } catch (ManifestException e) {
            throw usage(e.getMessage() + "; fix the file or leave --manifest out");
        }
    }

    private List<Article> selectSince(List<Article> articles, PrintWriter err) {
        if (since == null) {
            return articles;
        }
        SinceFilter.Selection selection = SinceFilter.apply(articles, since);
        if (selection.dropped() > 0) {
            err.println("--since " + since + ": left out " + selection.dropped() + " article"
                    + (selection.dropped() == 1 ? "" : "s") + " published before that day");
        }
        if (selection.undatedKept() > 0) {
            err.println("--since " + since + ": kept " + selection.undatedKept() + " article"
                    + (selection.undatedKept() == 1 ? "" : "s") + " with no known publication date");
        }
        return selection.kept();
    }

    /** Writes the document to --out or standard output; an unwritable file is a failure, not bad usage. */
    private int write(String document, PrintWriter err) {
        if (out == null) {
            PrintWriter stdout = spec.commandLine().getOut();
            stdout.print(document);
            stdout.flush();
            return ExitCodes.OK;
        }
        try {
            Files.writeString(out, document, StandardCharsets.UTF_8);
            err.println("wrote " + out);
            return ExitCodes.OK;
        } catch (IOException e) {
            err.println("cannot write " + out + " (" + e + "); check the path and its permissions");
            return ExitCodes.FAILURE;
        }
    }

    private UsageError usage(String message) {
        return new UsageError(spec.commandLine(), message);
    }
}
