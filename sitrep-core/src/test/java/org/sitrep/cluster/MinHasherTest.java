package org.sitrep.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class MinHasherTest {

    private final MinHasher hasher = new MinHasher(128);

    private static long[] hashes(long from, long to) {
        return LongStream.range(from, to).map(FeatureHash::mix).toArray();
    }

    private double estimate(long[] a, long[] b) {
        return MinHasher.similarity(hasher.signature(a, a.length), hasher.signature(b, b.length));
    }

    @Test
    void identicalSetsHaveIdenticalSignatures() {
        assertThat(estimate(hashes(0, 500), hashes(0, 500))).isEqualTo(1.0);
    }

    @Test
    void estimatesTheJaccardSimilarityOfOverlappingSets() {
        // 0..1000 and 500..1500 share 500 of 1500: J = 1/3
        assertThat(estimate(hashes(0, 1000), hashes(500, 1500))).isCloseTo(1 / 3.0, within(0.12));
        // 0..1000 and 100..1000 share 900 of 1000: J = 0.9
        assertThat(estimate(hashes(0, 1000), hashes(100, 1000))).isCloseTo(0.9, within(0.08));
    }

    @Test
    void disjointSetsShareAlmostNoSlot() {
        assertThat(estimate(hashes(0, 1000), hashes(5000, 6000))).isLessThan(0.05);
    }

    @Test
    void fillsEveryBinOfASmallSetAndGivesNothingForAnEmptyOne() {
        long[] few = hashes(0, 3);
        int[] sig = hasher.signature(few, few.length);
        assertThat(sig).hasSize(128);
        assertThat(estimate(few, hashes(0, 3))).isEqualTo(1.0);
        assertThat(hasher.signature(new long[0], 0)).isEmpty();
        assertThat(MinHasher.similarity(new int[0], sig)).isZero();
    }
}
