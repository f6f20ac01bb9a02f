package org.storyline.model;

/** A half-open character range {@code [start, end)} into an article's text. */
public record Span(int start, int end) implements Comparable<Span> {
    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("expected 0 <= start <= end, found [" + start + ", " + end + ")");
        }
    }

    public int length() {
        return end - start;
    }

    public boolean contains(Span other) {
        return start <= other.start && other.end <= end;
    }

    public boolean overlaps(Span other) {
        return start < other.end && other.start < end;
    }

    /** The characters of {@code text} this span covers. */
    public String of(String text) {
        return text.substring(start, end);
    }

    @Override
    public int compareTo(Span other) {
        return start != other.start ? Integer.compare(start, other.start) : Integer.compare(end, other.end);
    }
}
