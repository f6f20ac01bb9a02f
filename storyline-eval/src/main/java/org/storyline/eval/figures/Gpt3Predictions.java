package org.storyline.eval.figures;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.storyline.eval.BadDataException;

/**
 * The GPT-3 predictions published with the CQE evaluation ({@code gpt_3_output/predictions_<set>.json}), decoded
 * the way its {@code GPT3Tagger} does: unit = 4th field lower-cased and stripped, one trailing {@code s} cut,
 * then mapped through the tagger's spelling table; concepts = 5th field split at commas and white space minus
 * {@code of, the, a, He, total}; change {@code +} read as {@code up}. A sentence is looked up by its exact
 * text (first line wins); a sentence without a line has no predictions.
 */
public final class Gpt3Predictions {
    private static final Set<String> DROPPED_CONCEPTS = Set.of("of", "the", "a", "He", "total");

    private final Map<String, List<CqeQuantity>> byText;

    private Gpt3Predictions(Map<String, List<CqeQuantity>> byText) {
        this.byText = byText;
    }

    /**
     * Reads a predictions file; {@code ageModel} adds the age-set spellings ({@code year -> year of age} ...) the
     * tagger switches on for {@code age-model}.
     */
    public static Gpt3Predictions read(Path file, boolean ageModel) {
        JsonNode root = CqeTestSet.parse(file);
        if (!root.isArray()) {
            throw new BadDataException(file + " is not a JSON list of {text, quantities}");
        }
        Map<String, String> units = Gpt3UnitTable.spellings(ageModel);
        Map<String, List<CqeQuantity>> byText = new HashMap<>();
        for (JsonNode line : root) {
            byText.putIfAbsent(line.path("text").asText(), decode(line.path("quantities"), units));
        }
        return new Gpt3Predictions(byText);
    }

    /** The decoded predictions for one sentence, or none when the file has no line with this text. */
    public List<CqeQuantity> forText(String text) {
        return byText.getOrDefault(text, List.of());
    }

    private static List<CqeQuantity> decode(JsonNode quantities, Map<String, String> units) {
        List<CqeQuantity> out = new ArrayList<>();
        for (JsonNode fields : quantities) {
            if (fields.size() == 0) {
                continue;
            }
            String unit = fields.get(3).asText().toLowerCase(Locale.ROOT).strip();
            if (unit.endsWith("s")) {
                unit = unit.substring(0, unit.length() - 1);
            }
            unit = units.getOrDefault(unit, unit);
            List<String> concepts = new ArrayList<>();
            for (String c :
                    CqeTestSet.CONCEPT_SEPARATOR.split(fields.get(4).asText().strip(), -1)) {
                if (!DROPPED_CONCEPTS.contains(c)) {
                    concepts.add(c);
                }
            }
            String change = fields.get(0).asText().strip();
            out.add(new CqeQuantity(
                    predictedValue(fields.get(1).asText()), unit, change.equals("+") ? "up" : change, concepts));
        }
        return out;
    }

    /**
     * The Python scorer parses a prediction only when it compares it with a gold quantity, so a few unparsable
     * values ({@code "pennies"}) in sentences without gold never break it; here they become a value that
     * matches nothing.
     */
    private static CqeValue predictedValue(String text) {
        try {
            return CqeValue.parse(text);
        } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
            return UNPARSABLE;
        }
    }

    /** Matches no gold value: a range far below any quantity in the data. */
    static final CqeValue UNPARSABLE = new CqeValue(-Double.MAX_VALUE, -Double.MAX_VALUE, true);
}
