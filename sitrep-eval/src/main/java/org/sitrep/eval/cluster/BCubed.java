package org.sitrep.eval.cluster;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * B-cubed precision, recall and F1 of a clustering against gold clusters (Bagga and Baldwin, 1998):
 * for each item, precision is the share of its predicted cluster that shares its gold cluster, and
 * recall the share of its gold cluster that shares its predicted cluster; both are averaged over
 * items, and F1 is their harmonic mean. Items are positions: {@code predicted.get(i)} and
 * {@code gold.get(i)} label the same item.
 *
 * @param precision mean per-item precision
 * @param recall mean per-item recall
 * @param f1 harmonic mean of the two (0 when both are 0)
 */
public record BCubed(double precision, double recall, double f1) {

    /** Scores {@code predicted} labels against {@code gold} labels; linear in the number of items. */
    public static <P, G> BCubed score(List<P> predicted, List<G> gold) {
        if (predicted.size() != gold.size()) {
            throw new IllegalArgumentException(predicted.size() + " predicted labels for " + gold.size() + " items");
        }
        int n = gold.size();
        if (n == 0) {
            throw new IllegalArgumentException("nothing to score");
        }
        Map<P, Integer> predictedSize = new HashMap<>();
        Map<G, Integer> goldSize = new HashMap<>();
        Map<Pair<P, G>, Integer> both = new HashMap<>();
        for (int i = 0; i < n; i++) {
            P p = Objects.requireNonNull(predicted.get(i), "predicted label");
            G g = Objects.requireNonNull(gold.get(i), "gold label");
            predictedSize.merge(p, 1, Integer::sum);
            goldSize.merge(g, 1, Integer::sum);
            both.merge(new Pair<>(p, g), 1, Integer::sum);
        }
        double precision = 0;
        double recall = 0;
        for (int i = 0; i < n; i++) {
            int shared = both.get(new Pair<>(predicted.get(i), gold.get(i)));
            precision += shared / (double) predictedSize.get(predicted.get(i));
            recall += shared / (double) goldSize.get(gold.get(i));
        }
        precision /= n;
        recall /= n;
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new BCubed(precision, recall, f1);
    }

    private record Pair<P, G>(P predicted, G gold) {
    }
}
