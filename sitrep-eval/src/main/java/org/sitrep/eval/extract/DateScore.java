package org.sitrep.eval.extract;

/**
 * Publication-date accuracy on the pages that have a gold date: the same day counts, anything else
 * (another day, only a month or year, nothing) does not. Immutable.
 */
public record DateScore(int withGold, int exact, int wrong, int coarse, int none) {

    public DateScore {
        if (exact + wrong + coarse + none != withGold || Math.min(Math.min(exact, wrong), Math.min(coarse, none)) < 0) {
            throw new IllegalArgumentException("date outcomes must add up to the pages with a gold date");
        }
    }

    /** The outcomes counted over {@code pages}. */
    public static DateScore of(java.util.List<PageScore> pages) {
        int[] n = new int[PageScore.DateOutcome.values().length];
        pages.forEach(p -> n[p.date().ordinal()]++);
        return new DateScore(pages.size() - n[PageScore.DateOutcome.NO_GOLD.ordinal()],
                n[PageScore.DateOutcome.EXACT.ordinal()], n[PageScore.DateOutcome.WRONG.ordinal()],
                n[PageScore.DateOutcome.COARSE.ordinal()], n[PageScore.DateOutcome.NONE.ordinal()]);
    }

    /** exact / withGold; 0 when no page has a gold date. */
    public double accuracy() {
        return withGold == 0 ? 0 : (double) exact / withGold;
    }
}
