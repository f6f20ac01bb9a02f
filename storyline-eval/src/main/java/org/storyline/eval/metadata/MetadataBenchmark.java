package org.storyline.eval.metadata;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.storyline.eval.DataLayout;

/**
 * Reads the trafilatura evaluation set: {@code evaldata.json} ({@code {url: {file, title?, author?, date?, ...}}})
 * and {@code html/<file>.gz}. Empty or missing {@code title}/{@code author}/{@code date} values mean "not annotated"
 * for that field; such pages are left out of that field's score.
 */
public final class MetadataBenchmark {
    public static final String LAYOUT = "evaldata.json ({url: {file, title, author, date}}) and html/<file>.gz"
            + " (e.g. ../shared/data/trafilatura-eval)";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern DAY = Pattern.compile("(\\d{4})[-./](\\d{1,2})[-./](\\d{1,2})");

    private MetadataBenchmark() {}

    /** The pages sorted by URL; throws a {@code BadDataException} naming the layout when the folder is wrong. */
    public static List<MetadataCase> read(Path root) {
        DataLayout layout = new DataLayout(root, LAYOUT);
        Path file = layout.file("evaldata.json");
        Path htmlDir = layout.folder("html");
        JsonNode pages;
        try {
            pages = JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("could not read JSON " + file, e);
        }
        if (!pages.isObject() || pages.isEmpty()) {
            throw layout.fail(file + " is not a non-empty JSON object");
        }
        List<MetadataCase> cases = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> fields = pages.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> entry = fields.next();
            JsonNode page = entry.getValue();
            String name = page.path("file").asText("");
            Path html = htmlDir.resolve(name + ".gz");
            if (name.isEmpty() || !Files.isRegularFile(html)) {
                throw layout.fail("missing " + html + " for " + entry.getKey());
            }
            cases.add(new MetadataCase(
                    entry.getKey(),
                    html,
                    text(page.path("title")),
                    authors(page.path("author")),
                    day(page.path("date"))));
        }
        cases.sort(Comparator.comparing(MetadataCase::url));
        return cases;
    }

    private static Optional<String> text(JsonNode node) {
        return node.isTextual() && !node.asText().isBlank() ? Optional.of(node.asText()) : Optional.empty();
    }

    private static List<String> authors(JsonNode node) {
        List<String> names = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(item -> text(item).ifPresent(names::add));
        } else {
            text(node).ifPresent(names::add);
        }
        return names;
    }

    /**
     * A day as annotated. Three of the 728 annotations have typos ("2022-11-1", "2022-01.26", and day and month
     * swapped in "2022-29-11"); the parse repairs them rather than silently dropping those pages from the score.
     */
    static Optional<LocalDate> day(JsonNode node) {
        if (!node.isTextual()) {
            return Optional.empty();
        }
        Matcher matcher = DAY.matcher(node.asText().trim());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(matcher.group(1));
        int month = Integer.parseInt(matcher.group(2));
        int day = Integer.parseInt(matcher.group(3));
        if (month > 12 && day <= 12) {
            int swap = month;
            month = day;
            day = swap;
        }
        try {
            return Optional.of(LocalDate.of(year, month, day));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
