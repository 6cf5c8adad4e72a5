package org.sitrep.model;

/**
 * A stand-off annotation: the half-open range {@code [start, end)} of character offsets into one
 * article's clean text.
 *
 * <p>Spans are the common currency between stages: every annotation, claim, event, quote and summary
 * citation points back to the words it came from through a span, never through a copy of the text.
 * Immutable and thread-safe.
 */
public record Span(int start, int end) implements Comparable<Span> {

    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    /** Number of characters covered. */
    public int length() {
        return end - start;
    }

    /** True when {@code other} lies wholly inside this span. */
    public boolean contains(Span other) {
        return start <= other.start && other.end <= end;
    }

    /** True when the character at {@code offset} lies inside this span. */
    public boolean contains(int offset) {
        return start <= offset && offset < end;
    }

    /** True when the two spans share at least one character. */
    public boolean overlaps(Span other) {
        return start < other.end && other.start < end;
    }

    /** The smallest span covering both. */
    public Span union(Span other) {
        return new Span(Math.min(start, other.start), Math.max(end, other.end));
    }

    /** The covered characters of {@code text}; fails when the span does not fit the text. */
    public String of(CharSequence text) {
        if (end > text.length()) {
            throw new IndexOutOfBoundsException("span " + this + " exceeds text of length " + text.length());
        }
        return text.subSequence(start, end).toString();
    }

    /** True when this span fits inside a text of the given length. */
    public boolean fits(int textLength) {
        return end <= textLength;
    }

    @Override
    public int compareTo(Span o) {
        return start != o.start ? Integer.compare(start, o.start) : Integer.compare(end, o.end);
    }

    @Override
    public String toString() {
        return "[" + start + "," + end + ")";
    }
}
