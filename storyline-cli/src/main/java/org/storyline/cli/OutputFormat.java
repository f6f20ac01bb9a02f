package org.storyline.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.storyline.cli.render.BriefWriter;
import org.storyline.cli.render.HtmlBriefWriter;
import org.storyline.cli.render.JsonBriefWriter;
import org.storyline.cli.render.MarkdownBriefWriter;

/** The formats a brief can be written in, chosen by the output file's extension. */
enum OutputFormat {
    MARKDOWN,
    HTML,
    JSON;

    /** The format for a file named like {@code out} ({@code .md}, {@code .html}/{@code .htm}, {@code .json}). */
    static Optional<OutputFormat> forFile(Path out) {
        Path name = out.getFileName();
        String lower = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
        if (lower.endsWith(".md") || lower.endsWith(".markdown")) {
            return Optional.of(MARKDOWN);
        }
        if (lower.endsWith(".html") || lower.endsWith(".htm")) {
            return Optional.of(HTML);
        }
        if (lower.endsWith(".json")) {
            return Optional.of(JSON);
        }
        return Optional.empty();
    }

    BriefWriter writer() {
        return switch (this) {
            case MARKDOWN -> new MarkdownBriefWriter();
            case HTML -> new HtmlBriefWriter();
            case JSON -> new JsonBriefWriter();
        };
    }
}
