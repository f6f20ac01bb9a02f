package org.storyline.eval.report;

import java.util.List;
import java.util.Objects;

/**
 * One benchmark run of the report: an {@code eval} subcommand on one data folder.
 *
 * @param key the task's name in the report and in {@code quality.json} ({@code ner-conllpp})
 * @param subcommand the {@code eval} subcommand that scores it ({@code ner})
 * @param dataPath the benchmark's path under the report's {@code --data} root
 * @param extraArgs further arguments for the subcommand, usually none
 * @param title what is measured, for people
 * @param headline the metrics shown in the summary table, most important first
 */
public record ReportTask(
        String key, String subcommand, String dataPath, List<String> extraArgs, String title, List<String> headline) {
    public ReportTask {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(subcommand, "subcommand");
        Objects.requireNonNull(dataPath, "dataPath");
        extraArgs = List.copyOf(extraArgs);
        Objects.requireNonNull(title, "title");
        headline = List.copyOf(headline);
        if (!key.matches("[a-z0-9-]+")) {
            throw new IllegalArgumentException("expected a lower-case task key, found '" + key + "'");
        }
    }

    /** The subcommand's arguments for a data root as the user wrote it: {@code [ner, --data, root/x, --json]}. */
    public List<String> arguments(String dataRoot) {
        List<String> args = new java.util.ArrayList<>(List.of(subcommand, "--data", join(dataRoot, dataPath)));
        args.addAll(extraArgs);
        args.add("--json");
        return List.copyOf(args);
    }

    /** The command a user types to reproduce the numbers: {@code ./storyline eval ner --data ... --json}. */
    public String commandLine(String dataRoot) {
        return "./storyline eval " + String.join(" ", arguments(dataRoot));
    }

    private static String join(String root, String relative) {
        if (relative.isEmpty()) {
            return root;
        }
        return root.endsWith("/") ? root + relative : root + "/" + relative;
    }
}
