package org.sitrep.eval.extract;

/**
 * How often a metadata field was right on the pages that have a gold value for it. Immutable.
 *
 * @param withGold pages with a gold value
 * @param correct pages where the extracted value matches it (see {@link MetadataMatch})
 * @param missing pages where nothing was extracted
 */
public record FieldScore(int withGold, int correct, int missing) {

    public FieldScore {
        if (withGold < 0 || correct < 0 || missing < 0 || correct + missing > withGold) {
            throw new IllegalArgumentException("bad counts: " + withGold + ", " + correct + ", " + missing);
        }
    }

    /** correct / withGold; 0 when no page has gold. */
    public double accuracy() {
        return withGold == 0 ? 0 : (double) correct / withGold;
    }

    /** Pages where a value was extracted and it was wrong. */
    public int wrong() {
        return withGold - correct - missing;
    }
}
