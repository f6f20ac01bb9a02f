package org.storyline.eval.ner;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.storyline.model.Span;

/**
 * A CoNLL document rebuilt as running text so that a tagger working on text can be scored on the gold tokens:
 * tokens joined by one space, each sentence its own paragraph (sentences separated by {@code "\n\n"}). Knows the
 * character span of every token and sentence, and maps labelled character spans back to per-token IOB2 tags.
 */
public final class DocumentText {
    private final ConllDocument document;
    private final String text;
    private final List<Span> sentenceSpans;
    private final List<List<Span>> tokenSpans;

    /** A labelled stretch of {@link #text()}: {@code type} is a CoNLL type ({@code PER}, {@code LOC}, ...). */
    public record LabeledSpan(Span span, String type) {
        public LabeledSpan {
            Objects.requireNonNull(span, "span");
            Objects.requireNonNull(type, "type");
        }
    }

    public DocumentText(ConllDocument document) {
        this.document = document;
        StringBuilder builder = new StringBuilder();
        List<Span> sentences = new ArrayList<>();
        List<List<Span>> tokens = new ArrayList<>();
        for (ConllSentence sentence : document.sentences()) {
            if (builder.length() > 0) {
                builder.append("\n\n");
            }
            int sentenceStart = builder.length();
            List<Span> spans = new ArrayList<>();
            for (String token : sentence.tokens()) {
                if (builder.length() > sentenceStart) {
                    builder.append(' ');
                }
                int start = builder.length();
                builder.append(token);
                spans.add(new Span(start, builder.length()));
            }
            sentences.add(new Span(sentenceStart, builder.length()));
            tokens.add(List.copyOf(spans));
        }
        this.text = builder.toString();
        this.sentenceSpans = List.copyOf(sentences);
        this.tokenSpans = List.copyOf(tokens);
    }

    public String text() {
        return text;
    }

    /** Where each sentence is in {@link #text()}. */
    public List<Span> sentenceSpans() {
        return sentenceSpans;
    }

    /** Per sentence, where each token is. */
    public List<List<Span>> tokenSpans() {
        return tokenSpans;
    }

    /** The gold tags, per sentence. */
    public List<List<String>> goldTags() {
        return document.sentences().stream().map(ConllSentence::tags).toList();
    }

    /**
     * IOB2 tags per token from labelled character spans: a token belongs to an entity when the spans overlap.
     * Entities that overlap an earlier kept one (earlier start first, then longer first) are dropped, so the
     * result is a valid tag sequence; an entity never crosses a sentence boundary.
     */
    public List<List<String>> tags(List<LabeledSpan> entities) {
        List<String[]> tags = new ArrayList<>();
        for (List<Span> sentence : tokenSpans) {
            String[] row = new String[sentence.size()];
            Arrays.fill(row, "O");
            tags.add(row);
        }
        List<LabeledSpan> sorted = new ArrayList<>(entities);
        sorted.sort(Comparator.comparingInt((LabeledSpan e) -> e.span().start())
                .thenComparing(e -> -e.span().end()));
        for (LabeledSpan entity : sorted) {
            for (int s = 0; s < tokenSpans.size(); s++) {
                if (sentenceSpans.get(s).overlaps(entity.span())) {
                    mark(tags.get(s), tokenSpans.get(s), entity);
                }
            }
        }
        return tags.stream().map(List::of).toList();
    }

    private static void mark(String[] row, List<Span> tokens, LabeledSpan entity) {
        int first = -1;
        int last = -1;
        for (int t = 0; t < tokens.size(); t++) {
            if (tokens.get(t).overlaps(entity.span())) {
                if (!row[t].equals("O")) {
                    return; // overlaps an entity kept before
                }
                first = first < 0 ? t : first;
                last = t;
            }
        }
        for (int t = first; t >= 0 && t <= last; t++) {
            row[t] = (t == first ? "B-" : "I-") + entity.type();
        }
    }
}
