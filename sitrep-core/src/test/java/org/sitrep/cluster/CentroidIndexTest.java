package org.sitrep.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class CentroidIndexTest {

    private static final int DIM = 48;

    /** Unit vectors in a few hundred loose clusters, as story centroids are. */
    private static List<float[]> vectors(int n, long seed) {
        Random r = new Random(seed);
        List<float[]> centres = new ArrayList<>();
        for (int c = 0; c < Math.max(1, n / 8); c++) {
            centres.add(random(r, null, 0));
        }
        List<float[]> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(random(r, centres.get(r.nextInt(centres.size())), 0.6f));
        }
        return out;
    }

    private static float[] random(Random r, float[] around, float noise) {
        float[] v = new float[DIM];
        for (int i = 0; i < DIM; i++) {
            v[i] = (around == null ? 0 : around[i]) + (float) r.nextGaussian() * (around == null ? 1 : noise / (float) Math.sqrt(DIM));
        }
        return ActiveStory.normalized(v);
    }

    private static long[] exact(List<float[]> vs, Set<Integer> live, float[] q, int k) {
        return live.stream().sorted(Comparator.comparingDouble((Integer i) -> -CentroidIndex.dot(q, vs.get(i)))
                .thenComparing(i -> i)).limit(k).mapToLong(Integer::longValue).toArray();
    }

    private static double recall(CentroidIndex index, List<float[]> vs, Set<Integer> live, List<float[]> queries) {
        int hit = 0;
        int total = 0;
        for (float[] q : queries) {
            Set<Long> found = new HashSet<>();
            for (long k : index.search(q, 10, 64)) {
                found.add(k);
            }
            for (long k : exact(vs, live, q, 10)) {
                total++;
                if (found.contains(k)) {
                    hit++;
                }
            }
        }
        return hit / (double) total;
    }

    @Test
    void findsNearlyAllTrueNearestNeighbours() {
        List<float[]> vs = vectors(3000, 1);
        CentroidIndex index = new CentroidIndex(DIM, 12, 64);
        for (int i = 0; i < vs.size(); i++) {
            index.put(i, vs.get(i));
        }
        Set<Integer> live = new HashSet<>();
        IntStream.range(0, vs.size()).forEach(live::add);
        assertThat(recall(index, vs, live, vectors(100, 2))).isGreaterThan(0.9);
        long[] top = index.search(vs.get(42), 1, 64);
        assertThat(top).containsExactly(42L);
    }

    @Test
    void neverReturnsRemovedEntriesAndStaysAccurateAcrossRebuilds() {
        List<float[]> vs = vectors(2000, 3);
        CentroidIndex index = new CentroidIndex(DIM, 12, 64);
        Set<Integer> live = new HashSet<>();
        for (int i = 0; i < vs.size(); i++) {
            index.put(i, vs.get(i));
            live.add(i);
            // a sliding window: the oldest leave as new ones arrive, as stories close
            if (i >= 300) {
                index.remove(i - 300);
                live.remove(i - 300);
            }
        }
        assertThat(index.size()).isEqualTo(300);
        for (float[] q : vectors(50, 4)) {
            for (long k : index.search(q, 10, 64)) {
                assertThat(live).contains((int) k);
            }
        }
        assertThat(recall(index, vs, live, vectors(100, 5))).isGreaterThan(0.9);
    }

    @Test
    void putReplacesTheVectorOfAKey() {
        CentroidIndex index = new CentroidIndex(3, 4, 16);
        index.put(1, new float[] {1, 0, 0});
        index.put(2, new float[] {0, 1, 0});
        index.put(1, new float[] {0, 0, 1});
        assertThat(index.size()).isEqualTo(2);
        assertThat(index.search(new float[] {0, 0, 1}, 1, 16)).containsExactly(1L);
        assertThat(index.search(new float[] {1, 0, 0}, 2, 16)).hasSize(2);
        assertThat(Arrays.stream(index.search(new float[] {0, 1, 0}, 5, 16)).boxed()).containsExactlyInAnyOrder(1L, 2L);
    }

    @Test
    void buildsTheSameGraphFromTheSameCalls() {
        List<float[]> vs = vectors(500, 6);
        CentroidIndex a = new CentroidIndex(DIM, 8, 32);
        CentroidIndex b = new CentroidIndex(DIM, 8, 32);
        for (int i = 0; i < vs.size(); i++) {
            a.put(i, vs.get(i));
            b.put(i, vs.get(i));
        }
        for (float[] q : vectors(20, 7)) {
            assertThat(a.search(q, 10, 32)).containsExactly(b.search(q, 10, 32));
        }
    }
}
