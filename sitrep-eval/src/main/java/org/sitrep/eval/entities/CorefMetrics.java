package org.sitrep.eval.entities;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The coreference metrics of the CoNLL-2011/2012 shared tasks, computed from two partitions of
 * mentions into entities: the key (gold) and the response (system).
 *
 * <ul>
 *   <li>MUC (Vilain et al. 1995): links. Recall is the sum over key entities of |K| minus the number
 *       of response entities K is split across, over the sum of |K| − 1; precision the same with key
 *       and response swapped.</li>
 *   <li>B-cubed (Bagga and Baldwin 1998): per mention, the share of its key entity that is in its
 *       response entity (recall) and of its response entity that is in its key entity (precision),
 *       averaged over mentions.</li>
 *   <li>CEAF-e (Luo 2005): key and response entities aligned one-to-one to maximise the total
 *       similarity φ4(K, R) = 2|K ∩ R| / (|K| + |R|); recall is that total over the number of key
 *       entities, precision over the number of response entities.</li>
 *   <li>CoNLL F1: the mean of the three F1 scores.</li>
 * </ul>
 *
 * <p>A mention in one partition but not the other counts as a singleton entity of its own there.
 * Entities are sets of mention ids; a mention must not be in two entities of one partition.
 * Stateless and thread-safe; CEAF-e is cubic in the number of entities, the others linear in the
 * number of mentions.
 */
public final class CorefMetrics {

    private CorefMetrics() {
    }

    public static CorefScore muc(List<Set<String>> key, List<Set<String>> response) {
        List<Set<String>> k = withSingletonsFor(key, response);
        List<Set<String>> r = withSingletonsFor(response, key);
        return new CorefScore(mucRecall(r, k), mucRecall(k, r));
    }

    public static CorefScore bcubed(List<Set<String>> key, List<Set<String>> response) {
        List<Set<String>> k = withSingletonsFor(key, response);
        List<Set<String>> r = withSingletonsFor(response, key);
        return new CorefScore(bcubedRecall(r, k), bcubedRecall(k, r));
    }

    public static CorefScore ceafE(List<Set<String>> keyGiven, List<Set<String>> responseGiven) {
        List<Set<String>> key = withSingletonsFor(keyGiven, responseGiven);
        List<Set<String>> response = withSingletonsFor(responseGiven, keyGiven);
        double[][] phi = new double[key.size()][response.size()];
        Map<String, Integer> responseOf = index(response);
        for (int k = 0; k < key.size(); k++) {
            Map<Integer, Integer> overlap = new HashMap<>();
            for (String m : key.get(k)) {
                Integer r = responseOf.get(m);
                if (r != null) {
                    overlap.merge(r, 1, Integer::sum);
                }
            }
            for (Map.Entry<Integer, Integer> e : overlap.entrySet()) {
                int r = e.getKey();
                phi[k][r] = 2.0 * e.getValue() / (key.get(k).size() + response.get(r).size());
            }
        }
        int[] aligned = MaxWeightMatching.assign(phi);
        double total = 0;
        for (int k = 0; k < aligned.length; k++) {
            if (aligned[k] >= 0) {
                total += phi[k][aligned[k]];
            }
        }
        return new CorefScore(Math.min(1, CorefScore.ratio(total, response.size())),
                Math.min(1, CorefScore.ratio(total, key.size())));
    }

    /** The CoNLL F1: the mean of the MUC, B-cubed and CEAF-e F1 scores. */
    public static double conll(List<Set<String>> key, List<Set<String>> response) {
        return (muc(key, response).f1() + bcubed(key, response).f1() + ceafE(key, response).f1()) / 3;
    }

    /** MUC recall of {@code response} against {@code key} (precision with the arguments swapped). */
    private static double mucRecall(List<Set<String>> key, List<Set<String>> response) {
        Map<String, Integer> responseOf = index(response);
        double numerator = 0;
        double denominator = 0;
        for (Set<String> k : key) {
            Set<Integer> parts = new HashSet<>();
            for (String m : k) {
                parts.add(responseOf.get(m));
            }
            numerator += k.size() - parts.size();
            denominator += k.size() - 1;
        }
        return CorefScore.ratio(numerator, denominator);
    }

    /** {@code partition} plus a singleton entity for each mention of {@code other} it lacks. */
    private static List<Set<String>> withSingletonsFor(List<Set<String>> partition, List<Set<String>> other) {
        Map<String, Integer> have = index(partition);
        List<Set<String>> out = new java.util.ArrayList<>(partition);
        for (Set<String> entity : other) {
            for (String m : entity) {
                if (!have.containsKey(m)) {
                    out.add(Set.of(m));
                }
            }
        }
        return out;
    }

    /** B-cubed recall of {@code response} against {@code key} (precision with the arguments swapped). */
    private static double bcubedRecall(List<Set<String>> key, List<Set<String>> response) {
        Map<String, Integer> responseOf = index(response);
        double sum = 0;
        int mentions = 0;
        for (Set<String> k : key) {
            Map<Integer, Integer> overlap = new HashMap<>();
            for (String m : k) {
                overlap.merge(responseOf.get(m), 1, Integer::sum);
            }
            for (int o : overlap.values()) {
                sum += (double) o * o / k.size();
            }
            mentions += k.size();
        }
        return CorefScore.ratio(sum, mentions);
    }

    private static Map<String, Integer> index(List<Set<String>> partition) {
        Map<String, Integer> out = new HashMap<>();
        for (int i = 0; i < partition.size(); i++) {
            for (String m : partition.get(i)) {
                if (out.put(m, i) != null) {
                    throw new IllegalArgumentException("mention " + m + " is in two entities");
                }
            }
        }
        return out;
    }
}
