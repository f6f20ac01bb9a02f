package org.storyline.eval;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import picocli.CommandLine.Option;

/** The options every {@code eval} task shares; mixed into each subcommand. */
public final class EvalOptions {
    @Option(
            names = "--data",
            required = true,
            paramLabel = "PATH",
            description = "The benchmark folder (see the task's description for its layout).")
    private Path data;

    @Option(names = "--json", description = "Print one JSON object instead of a table.")
    private boolean json;

    @Option(
            names = "--systems",
            split = ",",
            paramLabel = "NAME",
            description = "Systems to run, comma-separated (default: the task's default list).")
    private List<String> systems = new ArrayList<>();

    @Option(
            names = "--limit",
            paramLabel = "N",
            description = "Score only the first N items (pages, documents), for a quick look. 0 = all.")
    private int limit;

    public Path data() {
        return data;
    }

    public boolean json() {
        return json;
    }

    /** At most {@code limit} items, or all when no limit was given. */
    public <T> List<T> limit(List<T> items) {
        if (limit < 0) {
            throw new BadDataException("--limit must be 0 or more, found " + limit);
        }
        return limit == 0 || limit >= items.size() ? items : items.subList(0, limit);
    }

    /**
     * The systems to run: those asked for with {@code --systems}, in that order, or {@code defaults}.
     *
     * @throws BadDataException naming the known systems when an unknown one is asked for
     */
    public List<String> systems(List<String> known, List<String> defaults) {
        if (systems.isEmpty()) {
            return List.copyOf(defaults);
        }
        List<String> chosen = new ArrayList<>();
        Set<String> unknown = new TreeSet<>();
        for (String name : systems) {
            String normalized = name.trim().toLowerCase(Locale.ROOT);
            if (known.contains(normalized)) {
                if (!chosen.contains(normalized)) {
                    chosen.add(normalized);
                }
            } else if (!normalized.isEmpty()) {
                unknown.add(normalized);
            }
        }
        if (!unknown.isEmpty() || chosen.isEmpty()) {
            throw new BadDataException(
                    "unknown system(s) " + unknown + " in --systems; known: " + String.join(",", known));
        }
        return List.copyOf(chosen);
    }

    /** Prints the report as JSON or as a table. */
    public void print(EvalReport report, PrintWriter out) {
        out.println(json ? report.toJson() : report.toTable());
        out.flush();
    }
}
