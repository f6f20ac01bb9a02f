package org.storyline.analysis.quote;

import java.util.List;
import java.util.Optional;
import org.storyline.model.EntityMention;
import org.storyline.model.Sentence;
import org.storyline.model.Span;

/**
 * One article as the quote stages see it: its text, sentences and entity mentions (both sorted by
 * position) and its quoted passages. Immutable.
 */
record Article(String text, List<Sentence> sentences, List<EntityMention> entities, List<QuotedText> quoted) {
    Article {
        sentences = List.copyOf(sentences);
        entities = List.copyOf(entities);
        quoted = List.copyOf(quoted);
    }

    /** Index in {@link #sentences()} of the sentence holding {@code offset}, or of the last one before it. */
    int sentenceAt(int offset) {
        int lo = 0;
        int hi = sentences.size() - 1;
        int best = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (sentences.get(mid).start() <= offset) {
                best = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return best;
    }

    /** The entity mention covering {@code [start, end)}, if one does. */
    Optional<EntityMention> entityCovering(int start, int end) {
        for (EntityMention e : entities) {
            if (e.span().start() <= start && end <= e.span().end()) {
                return Optional.of(e);
            }
            if (e.span().start() > start) {
                break;
            }
        }
        return Optional.empty();
    }

    /** True when {@code offset} lies inside the marks of a quoted passage. */
    boolean inQuote(int offset) {
        for (QuotedText q : quoted) {
            if (q.open() <= offset && offset < q.close()) {
                return true;
            }
        }
        return false;
    }

    /** True when {@code span} lies inside the marks of a quoted passage. */
    boolean inQuote(Span span) {
        return quoted.stream()
                .anyMatch(q -> q.marks().contains(span) && !q.marks().equals(span));
    }
}
