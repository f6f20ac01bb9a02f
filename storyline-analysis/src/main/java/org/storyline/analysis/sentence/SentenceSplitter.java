package org.storyline.analysis.sentence;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.storyline.model.Sentence;
import org.storyline.model.Span;

/**
 * Paragraph- and headline-aware sentence splitter for news bodies. Stateless, thread-safe.
 *
 * <p>Contract:
 *
 * <ul>
 *   <li>A sentence never crosses a paragraph break. Paragraphs are separated by a blank line; a text
 *       without any blank line but with single line breaks is read as one paragraph per line (the form
 *       many scrapes take).
 *   <li>Inside a paragraph, a line that does not end a sentence by punctuation is its own sentence when
 *       it is short (a headline, subhead or caption line) and the next line does not continue it in lower
 *       case; longer lines are taken as wrapped text and joined with the next line.
 *   <li>Abbreviations, initials, decimals, ellipses, closing quotes and quotes followed by an
 *       attribution ("..." he said.) are handled by {@link BoundaryRules}.
 *   <li>Spans exclude surrounding whitespace; together the sentences cover every non-whitespace
 *       character of the text, in order, without overlap. {@code paragraph} counts non-empty paragraphs
 *       from 0.
 * </ul>
 */
public final class SentenceSplitter {

    /** Lines up to this many characters without final punctuation are headlines, not wrapped text. */
    static final int MAX_HEADLINE_LINE = 120;

    private final BoundaryRules rules = new BoundaryRules();

    /** Splits {@code text} into sentences, in text order; empty when the text is blank. */
    public List<Sentence> split(String text) {
        Objects.requireNonNull(text, "text");
        List<Sentence> sentences = new ArrayList<>();
        List<Span> paragraphs = Paragraphs.of(text);
        for (int p = 0; p < paragraphs.size(); p++) {
            for (Span span : splitParagraph(text, paragraphs.get(p))) {
                sentences.add(new Sentence(sentences.size(), span, p));
            }
        }
        return List.copyOf(sentences);
    }

    /** Sentences of one paragraph, first cut at headline-like line ends, then by punctuation. */
    private List<Span> splitParagraph(String text, Span paragraph) {
        List<Span> result = new ArrayList<>();
        for (Span block : Paragraphs.headlineBlocks(text, paragraph, MAX_HEADLINE_LINE)) {
            int start = block.start();
            for (int boundary : rules.boundaries(text, block)) {
                Paragraphs.addTrimmed(text, start, boundary, result);
                start = boundary;
            }
            Paragraphs.addTrimmed(text, start, block.end(), result);
        }
        return result;
    }
}
