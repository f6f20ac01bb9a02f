package org.storyline.analysis.figure;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.storyline.model.Figure;

/**
 * The far end of a figure that stands for a range of values. {@link FigureExtractor} reports a range
 * written in the text ("between $62 and $68 per share", "15-22 mph", "four to five thousand people") as
 * one figure whose {@link Figure#value()} is the first number; a vague amount ("dozens", "tens of
 * thousands") has its lower bound as value. This class gives the other end.
 *
 * <p>Stateless and thread-safe; never throws on any figure.
 */
public final class FigureRanges {
    /** A vague plural spans one order of magnitude: "dozens" is 12 to 120, "thousands" 1,000 to 10,000. */
    public static final double VAGUE_SPAN = 10;

    private FigureRanges() {}

    /**
     * The second number of a range as written ("between $62 and $68" → 68, "from 5 to 3" → 3; with its own
     * scale: "$10 to $15 billion" → 1.5e10), {@code value × }{@value #VAGUE_SPAN} for a vague amount, or empty
     * for a single value.
     */
    public static OptionalDouble end(Figure figure) {
        if (figure.vague()) {
            return OptionalDouble.of(figure.value() * VAGUE_SPAN);
        }
        String text = figure.text();
        List<Token> tokens = Tokenizer.tokenize(text, 0, text.length());
        Optional<Amount> first = Optional.empty();
        int i = 0;
        while (i < tokens.size()) {
            Optional<Amount> amount = AmountReader.read(tokens, i);
            if (amount.isEmpty()) {
                i++;
                continue;
            }
            if (first.isPresent()) {
                boolean joined = amount.get().first() > 0
                        && Ranges.isJoint(tokens.get(amount.get().first() - 1));
                return joined ? OptionalDouble.of(amount.get().value()) : OptionalDouble.empty();
            }
            first = amount;
            i = amount.get().end();
        }
        return OptionalDouble.empty();
    }
}
