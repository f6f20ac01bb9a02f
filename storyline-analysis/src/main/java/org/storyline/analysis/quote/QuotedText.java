package org.storyline.analysis.quote;

import org.storyline.model.Span;

/**
 * Text between quotation marks.
 *
 * @param marks from the opening mark to just after the closing mark (or the end of the last paragraph
 *     for a quote left open)
 * @param content the words inside, trimmed of whitespace and of a trailing comma
 * @param closed true when a closing mark was found
 */
record QuotedText(Span marks, Span content, boolean closed) {
    int open() {
        return marks.start();
    }

    int close() {
        return marks.end();
    }
}
