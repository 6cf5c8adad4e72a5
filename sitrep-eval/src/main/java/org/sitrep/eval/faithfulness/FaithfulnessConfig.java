package org.sitrep.eval.faithfulness;

/**
 * Settings of {@link FaithfulnessCheck}.
 *
 * @param meaningThreshold least sentence-embedding cosine between a written sentence and each span
 *     it cites (default 0.6, the threshold from which Sitrep's summarizer counts another source's
 *     sentence as stating the same content)
 */
public record FaithfulnessConfig(double meaningThreshold) {

    public FaithfulnessConfig {
        if (!(meaningThreshold > -1 && meaningThreshold <= 1)) {
            throw new IllegalArgumentException("meaning threshold must be in (-1, 1]: " + meaningThreshold);
        }
    }

    public static FaithfulnessConfig defaults() {
        return new FaithfulnessConfig(0.6);
    }

    /** One line naming the exact configuration. */
    public String describe() {
        return "a sentence is supported when every span it cites has sentence-embedding cosine >= " + meaningThreshold
                + " with it (MiniLM-L6-v2) and contains every figure it writes in digits and every capitalised word"
                + " it has after its first word; the '[sources differ ...]' note and a closing ' …' are not the"
                + " sources' words and are left out; a disputed figure is stated as fact when a sentence gives a"
                + " value of a 'disagree' claim group from a span it cites and has no '[sources differ' note";
    }
}
