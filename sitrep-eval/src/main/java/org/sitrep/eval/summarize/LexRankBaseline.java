package org.sitrep.eval.summarize;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * LexRank with a threshold (Erkan and Radev, 2004): sentences as TF-IDF vectors (raw term frequency
 * times {@code log(N / df)}, document frequency counted over the topic's sentences), an edge between
 * two sentences whose cosine exceeds the threshold (0.1, the paper's best; every sentence is also
 * linked to itself, as in the paper's algorithm), each node's links normalised by its degree, and
 * ranked by PageRank (jump 0.15). Sentences are taken in rank order, with no redundancy step (the
 * algorithm as published ranks; the DUC system added MEAD's reranker).
 */
public final class LexRankBaseline implements ExtractiveBaseline {

    /** The paper's best threshold for the thresholded variant. */
    public static final double THRESHOLD = 0.1;

    private final double threshold;

    public LexRankBaseline(double threshold) {
        if (threshold < 0 || threshold >= 1) {
            throw new IllegalArgumentException("threshold must be in [0, 1): " + threshold);
        }
        this.threshold = threshold;
    }

    @Override
    public String name() {
        return "LexRank (TF-IDF cosine > " + threshold + ", PageRank d=0.85)";
    }

    @Override
    public List<SourceSentence> select(List<SourceSentence> sentences, int words) {
        List<Map<String, Double>> vectors = tfIdf(sentences);
        int n = sentences.size();
        double[][] w = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = i; j < n; j++) {
                double c = i == j ? 1 : cosine(vectors.get(i), vectors.get(j));
                if (c > threshold) {
                    w[i][j] = w[j][i] = 1;
                }
            }
        }
        return TextRankBaseline.inRankOrder(sentences, PageRank.scores(w, PageRank.DAMPING), words);
    }

    static List<Map<String, Double>> tfIdf(List<SourceSentence> sentences) {
        List<Map<String, Integer>> tf = new ArrayList<>();
        Map<String, Integer> df = new HashMap<>();
        for (SourceSentence s : sentences) {
            Map<String, Integer> counts = new HashMap<>();
            for (String t : SentenceTerms.of(s.text())) {
                counts.merge(t, 1, Integer::sum);
            }
            counts.keySet().forEach(t -> df.merge(t, 1, Integer::sum));
            tf.add(counts);
        }
        int n = sentences.size();
        List<Map<String, Double>> out = new ArrayList<>();
        for (Map<String, Integer> counts : tf) {
            Map<String, Double> v = new HashMap<>();
            counts.forEach((t, c) -> v.put(t, c * Math.log(n / (double) df.get(t))));
            out.add(v);
        }
        return out;
    }

    static double cosine(Map<String, Double> a, Map<String, Double> b) {
        double dot = 0;
        for (Map.Entry<String, Double> e : a.entrySet()) {
            Double o = b.get(e.getKey());
            if (o != null) {
                dot += e.getValue() * o;
            }
        }
        double na = norm(a);
        double nb = norm(b);
        return na == 0 || nb == 0 ? 0 : dot / (na * nb);
    }

    private static double norm(Map<String, Double> v) {
        double s = 0;
        for (double x : v.values()) {
            s += x * x;
        }
        return Math.sqrt(s);
    }
}
