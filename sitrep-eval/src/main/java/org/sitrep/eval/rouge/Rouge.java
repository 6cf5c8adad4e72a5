package org.sitrep.eval.rouge;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * ROUGE-1, ROUGE-2 and ROUGE-L of a summary against one or more references, matching Google's
 * {@code rouge-score}: n-gram overlap counts each n-gram at most as often as the other side has it;
 * precision divides by the summary's n-grams, recall by the reference's; ROUGE-L takes the length of
 * the longest common subsequence of the two token sequences in place of the overlap. An empty
 * summary or reference scores 0.
 *
 * <p>Immutable and thread-safe. ROUGE-L is quadratic in the lengths (a 250-word summary against a
 * 250-word reference is 62,500 cells).
 */
public final class Rouge {

    private final RougeConfig config;
    private final RougeTokenizer tokenizer;

    public Rouge(RougeConfig config) {
        this.config = Objects.requireNonNull(config, "config");
        this.tokenizer = config.stem() ? RougeTokenizer.stemming() : RougeTokenizer.plain();
    }

    public RougeConfig config() {
        return config;
    }

    /** The scores of {@code summary} against one reference. */
    public Map<RougeMeasure, RougeScore> score(String summary, String reference) {
        List<String> s = tokenizer.tokenize(summary);
        List<String> r = tokenizer.tokenize(reference);
        Map<RougeMeasure, RougeScore> out = new EnumMap<>(RougeMeasure.class);
        out.put(RougeMeasure.ROUGE_1, ngrams(s, r, 1));
        out.put(RougeMeasure.ROUGE_2, ngrams(s, r, 2));
        out.put(RougeMeasure.ROUGE_L, lcs(s, r));
        return out;
    }

    /** The scores of {@code summary} against several references, combined as the config says. */
    public Map<RougeMeasure, RougeScore> score(String summary, List<String> references) {
        if (references.isEmpty()) {
            throw new IllegalArgumentException("no reference to score against");
        }
        List<Map<RougeMeasure, RougeScore>> each = references.stream().map(r -> score(summary, r)).toList();
        Map<RougeMeasure, RougeScore> out = new EnumMap<>(RougeMeasure.class);
        for (RougeMeasure m : RougeMeasure.values()) {
            if (config.references() == RougeConfig.Aggregation.MAX) {
                RougeScore best = each.get(0).get(m);
                for (Map<RougeMeasure, RougeScore> e : each) {
                    if (e.get(m).f1() > best.f1()) {
                        best = e.get(m);
                    }
                }
                out.put(m, best);
            } else {
                double p = 0;
                double r = 0;
                double f = 0;
                for (Map<RougeMeasure, RougeScore> e : each) {
                    p += e.get(m).precision();
                    r += e.get(m).recall();
                    f += e.get(m).f1();
                }
                int n = each.size();
                out.put(m, new RougeScore(p / n, r / n, f / n));
            }
        }
        return out;
    }

    static RougeScore ngrams(List<String> summary, List<String> reference, int n) {
        Map<List<String>, Integer> s = counts(summary, n);
        Map<List<String>, Integer> r = counts(reference, n);
        int matched = 0;
        for (Map.Entry<List<String>, Integer> e : s.entrySet()) {
            matched += Math.min(e.getValue(), r.getOrDefault(e.getKey(), 0));
        }
        return RougeScore.of(matched, Math.max(0, summary.size() - n + 1), Math.max(0, reference.size() - n + 1));
    }

    static RougeScore lcs(List<String> summary, List<String> reference) {
        if (summary.isEmpty() || reference.isEmpty()) {
            return RougeScore.ZERO;
        }
        int[] previous = new int[reference.size() + 1];
        int[] current = new int[reference.size() + 1];
        for (String s : summary) {
            for (int j = 1; j <= reference.size(); j++) {
                current[j] = s.equals(reference.get(j - 1)) ? previous[j - 1] + 1 : Math.max(previous[j], current[j - 1]);
            }
            int[] t = previous;
            previous = current;
            current = t;
        }
        return RougeScore.of(previous[reference.size()], summary.size(), reference.size());
    }

    private static Map<List<String>, Integer> counts(List<String> tokens, int n) {
        Map<List<String>, Integer> out = new HashMap<>();
        for (int i = 0; i + n <= tokens.size(); i++) {
            out.merge(List.copyOf(tokens.subList(i, i + n)), 1, Integer::sum);
        }
        return out;
    }
}
