package org.sitrep.annotate;

/**
 * Tunables of the {@link QuantityExtractor}, with documented defaults ({@link #defaults()}).
 * Immutable.
 *
 * @param aboutTolerance relative half-width of the bounds of an {@link Qualifier#ABOUT} number:
 *     "some 900,000" with 0.1 is 810,000 to 990,000. Default 0.1, the usual rounding of a reported
 *     round figure.
 * @param nearlyTolerance relative width below the number of a {@link Qualifier#NEARLY} number:
 *     "nearly 20" with 0.1 is 18 to 20. Default 0.1.
 * @param identifierDigits a run of plain digits this long or longer, with no thousands separators,
 *     is an identifier ("ID 34879931"), not a count. Default 7: counts of a million and more are
 *     written with separators or a scale word ("1,000,000", "1 million").
 * @param maxCountedTokens the most tokens the counted phrase may have ("Turkish soldiers" has 2).
 *     Default 5.
 */
public record QuantityExtractorConfig(double aboutTolerance, double nearlyTolerance, int identifierDigits,
        int maxCountedTokens) {

    public QuantityExtractorConfig {
        if (!(aboutTolerance >= 0 && aboutTolerance < 1) || !(nearlyTolerance >= 0 && nearlyTolerance < 1)) {
            throw new IllegalArgumentException("tolerances must be in [0, 1)");
        }
        if (identifierDigits < 2 || maxCountedTokens < 1) {
            throw new IllegalArgumentException("identifierDigits must be >= 2 and maxCountedTokens >= 1");
        }
    }

    /** Tolerances of 10 %, identifiers from 7 digits, counted phrases of up to 5 tokens. */
    public static QuantityExtractorConfig defaults() {
        return new QuantityExtractorConfig(0.1, 0.1, 7, 5);
    }
}
