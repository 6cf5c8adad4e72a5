package org.sitrep.flink;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class LeastLoadedPartitionerTest {

    private static long[] totals(long[] costs, int instances) {
        LeastLoadedPartitioner partitioner = new LeastLoadedPartitioner();
        long[] totals = new long[instances];
        for (long cost : costs) {
            totals[partitioner.partition(cost, instances)] += cost;
        }
        return totals;
    }

    @Test
    void keepsTheInstancesWithinOneRecordOfEachOtherWhereRoundRobinDoesNot() {
        // a big article every other record: round-robin would give every big one to the same instance
        long[] costs = new long[40];
        for (int i = 0; i < costs.length; i++) {
            costs[i] = i % 2 == 0 ? 20_000 : 500;
        }
        long[] totals = totals(costs, 2);

        assertThat(Arrays.stream(totals).sum()).isEqualTo(10 * 20_000 * 2 + 20 * 500);
        assertThat(Math.abs(totals[0] - totals[1])).isLessThanOrEqualTo(20_000);
    }

    @Test
    void spreadsRecordsOfNoCostOverEveryInstance() {
        LeastLoadedPartitioner partitioner = new LeastLoadedPartitioner();
        int[] counts = new int[3];
        for (int i = 0; i < 9; i++) {
            counts[partitioner.partition(0L, 3)]++;
        }
        assertThat(counts).containsExactly(3, 3, 3);
    }

    @Test
    void startsAfreshWhenTheNumberOfInstancesChanges() {
        LeastLoadedPartitioner partitioner = new LeastLoadedPartitioner();
        partitioner.partition(100L, 2);
        partitioner.partition(100L, 2);
        assertThat(partitioner.partition(5L, 3)).isZero();
        assertThat(partitioner.partition(5L, 3)).isEqualTo(1);
    }
}
