package org.sitrep.flink;

import org.apache.flink.api.common.functions.Partitioner;

/**
 * Sends each record to the downstream instance that has been sent the least work so far, the work
 * of a record being the key it is partitioned by (an estimate of its cost, e.g. characters of text).
 *
 * <p>Flink's {@code rebalance} deals records round-robin, whatever they cost, and a downstream
 * instance cannot take work from another: with articles of a few hundred to tens of thousands of
 * characters, one slot can be handed far more than the other and the job waits for it. Assigning by
 * cost keeps the instances' totals within one record's cost of each other. Each upstream instance
 * balances what it sends; the sum of balanced shares is balanced.
 *
 * <p>The counts are per upstream instance and not checkpointed: after a restart they start again
 * from zero, which changes only where records go, not what the job computes.
 */
public final class LeastLoadedPartitioner implements Partitioner<Long> {

    private static final long serialVersionUID = 1L;

    private long[] sent = new long[0];

    @Override
    public int partition(Long cost, int instances) {
        if (sent.length != instances) {
            sent = new long[instances];
        }
        int least = 0;
        for (int i = 1; i < instances; i++) {
            if (sent[i] < sent[least]) {
                least = i;
            }
        }
        // every record costs something, so that a run of empty texts is still spread out
        sent[least] += Math.max(1, cost);
        return least;
    }
}
