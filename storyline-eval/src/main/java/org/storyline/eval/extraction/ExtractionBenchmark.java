package org.storyline.eval.extraction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.storyline.eval.DataLayout;

/**
 * Reads the article-extraction benchmark: {@code ground-truth.json} ({@code {id: {articleBody, url}}}),
 * {@code html/<id>.html.gz} and, optionally, the published tools' outputs in {@code reference-outputs/*.json}.
 */
public final class ExtractionBenchmark {
    /** The layout named in error messages. */
    public static final String LAYOUT = "ground-truth.json ({id: {articleBody, url}}), html/<id>.html.gz and optionally"
            + " reference-outputs/<tool>.json (e.g. ../shared/data/article-extraction)";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final DataLayout layout;
    private final List<BenchmarkPage> pages;

    private ExtractionBenchmark(DataLayout layout, List<BenchmarkPage> pages) {
        this.layout = layout;
        this.pages = List.copyOf(pages);
    }

    /** Opens and checks the benchmark folder; throws a {@code BadDataException} naming the layout if wrong. */
    public static ExtractionBenchmark open(Path root) {
        DataLayout layout = new DataLayout(root, LAYOUT);
        Path truthFile = layout.file("ground-truth.json");
        Path htmlDir = layout.folder("html");
        JsonNode truth = read(truthFile);
        if (!truth.isObject() || truth.isEmpty()) {
            throw layout.fail(truthFile + " is not a non-empty JSON object");
        }
        List<BenchmarkPage> pages = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> fields = truth.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> entry = fields.next();
            Path html = htmlDir.resolve(entry.getKey() + ".html.gz");
            if (!Files.isRegularFile(html)) {
                throw layout.fail("missing " + html + " for a ground-truth entry");
            }
            pages.add(new BenchmarkPage(
                    entry.getKey(),
                    entry.getValue().path("url").asText(""),
                    entry.getValue().path("articleBody").asText(""),
                    html));
        }
        pages.sort(Comparator.comparing(BenchmarkPage::id));
        return new ExtractionBenchmark(layout, pages);
    }

    /** The pages, sorted by id. */
    public List<BenchmarkPage> pages() {
        return pages;
    }

    /**
     * The published tools' predictions, by tool name (the file name without {@code .json}), sorted; each maps a
     * page id to its predicted body ({@code ""} when the tool gave none, as {@code evaluate.py} reads it).
     */
    public Map<String, Map<String, String>> referenceOutputs() {
        Path folder = layout.folder("reference-outputs");
        Map<String, Map<String, String>> outputs = new TreeMap<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file :
                    files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                String name = file.getFileName().toString().replaceFirst("\\.json$", "");
                outputs.put(name, predictions(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not list " + folder, e);
        }
        if (outputs.isEmpty()) {
            throw layout.fail("no *.json in " + folder);
        }
        return outputs;
    }

    private Map<String, String> predictions(Path file) {
        JsonNode root = read(file);
        // two published formats: {id: {articleBody}} or {"version": ..., "output": {id: {articleBody}}}
        JsonNode byId = root.has("output") && root.get("output").isObject() ? root.get("output") : root;
        Map<String, String> predictions = new TreeMap<>();
        for (BenchmarkPage page : pages) {
            JsonNode body = byId.path(page.id()).path("articleBody");
            predictions.put(page.id(), body.isTextual() ? body.asText() : "");
        }
        return predictions;
    }

    private static JsonNode read(Path file) {
        try {
            return JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("could not read JSON " + file, e);
        }
    }
}
