package org.storyline.eval.figures;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.storyline.eval.BadDataException;

/**
 * Reads a CQE test set ({@code formatted_test_set/<name>.json}): a list of {@code {"text", "quantities": [{"change",
 * "value", "unit", "normalized_unit", "referred_concepts"}]}}, values as strings.
 */
public final class CqeTestSet {
    /** The five test sets of the CQE paper; NewsQuant is the news one. */
    public static final List<String> NAMES =
            List.of("NewsQuant", "age-model", "currency-model", "dimension-model", "temperature-model");

    /** {@code re.split(r'[,\s]+', ...)} as the scorer splits gold concepts (Python's \s is Unicode-aware). */
    static final Pattern CONCEPT_SEPARATOR = Pattern.compile("[,\\s]+", Pattern.UNICODE_CHARACTER_CLASS);

    private static final ObjectMapper JSON = new ObjectMapper();

    private CqeTestSet() {}

    /** The sentences of one test set file, in file order. */
    public static List<CqeSentence> read(Path file) {
        JsonNode root = parse(file);
        if (!root.isArray()) {
            throw new BadDataException(file + " is not a JSON list of {text, quantities}");
        }
        List<CqeSentence> sentences = new ArrayList<>();
        for (JsonNode line : root) {
            List<CqeQuantity> gold = new ArrayList<>();
            for (JsonNode q : line.path("quantities")) {
                gold.add(new CqeQuantity(
                        CqeValue.parse(q.path("value").asText()),
                        q.path("normalized_unit").asText(),
                        q.path("change").asText(),
                        List.of(CONCEPT_SEPARATOR.split(
                                q.path("referred_concepts").asText(), -1))));
            }
            sentences.add(new CqeSentence(line.path("text").asText(), gold));
        }
        return sentences;
    }

    static JsonNode parse(Path file) {
        try {
            return JSON.readTree(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + file, e);
        }
    }
}
