package org.sitrep.eval.cluster;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.text.Stopwords;

/**
 * The reference baseline for document clustering on ECB+: K-means over TF-IDF vectors of word 1- to
 * 3-grams (no n-gram starts or ends with a stopword), as Barhom et al. (ACL 2019) cluster the ECB+
 * test documents; their published clusters score B-cubed F1 0.968 on the full test documents. Here K
 * is given (the gold number of stories, an advantage the online clusterer does not have), seeds are
 * chosen by k-means++, and the run with the lowest inertia of {@link #RESTARTS} is kept. Deterministic
 * for a given seed. Cost: documents times vocabulary per iteration, fine for a few hundred documents.
 */
final class KMeansBaseline {

    static final int RESTARTS = 10;
    private static final int MAX_NGRAM = 3;
    private static final int MAX_ITERATIONS = 100;
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{N}]*(?:['.-][\\p{L}\\p{N}]+)*|\\p{N}+(?:[.,:]\\p{N}+)*");

    private KMeansBaseline() {
    }

    /** A cluster number for each text. */
    static List<Integer> cluster(List<String> texts, int k, long seed) {
        double[][] x = tfidf(texts);
        Random random = new Random(seed);
        int[] best = null;
        double bestInertia = Double.POSITIVE_INFINITY;
        for (int r = 0; r < RESTARTS; r++) {
            int[] labels = new int[x.length];
            double inertia = lloyd(x, Math.min(k, x.length), random, labels);
            if (inertia < bestInertia) {
                bestInertia = inertia;
                best = labels;
            }
        }
        List<Integer> out = new ArrayList<>();
        for (int l : best) {
            out.add(l);
        }
        return out;
    }

    private static double[][] tfidf(List<String> texts) {
        List<Map<String, Integer>> bags = new ArrayList<>();
        Map<String, Integer> df = new HashMap<>();
        for (String t : texts) {
            Map<String, Integer> bag = ngrams(t);
            bags.add(bag);
            for (String g : bag.keySet()) {
                df.merge(g, 1, Integer::sum);
            }
        }
        Map<String, Integer> column = new HashMap<>();
        for (String g : df.keySet().stream().sorted().toList()) {
            column.put(g, column.size());
        }
        int n = texts.size();
        double[][] x = new double[n][column.size()];
        for (int i = 0; i < n; i++) {
            double norm = 0;
            for (Map.Entry<String, Integer> e : bags.get(i).entrySet()) {
                double w = e.getValue() * (Math.log((1.0 + n) / (1.0 + df.get(e.getKey()))) + 1);
                x[i][column.get(e.getKey())] = w;
                norm += w * w;
            }
            norm = Math.sqrt(norm);
            for (int j = 0; norm > 0 && j < x[i].length; j++) {
                x[i][j] /= norm;
            }
        }
        return x;
    }

    private static Map<String, Integer> ngrams(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            words.add(m.group());
        }
        Map<String, Integer> out = new HashMap<>();
        for (int size = 1; size <= MAX_NGRAM; size++) {
            for (int i = 0; i + size <= words.size(); i++) {
                if (Stopwords.contains(words.get(i)) || Stopwords.contains(words.get(i + size - 1))) {
                    continue;
                }
                out.merge(String.join(" ", words.subList(i, i + size)), 1, Integer::sum);
            }
        }
        return out;
    }

    /** One k-means run from k-means++ seeds; fills {@code labels} and returns the inertia. */
    private static double lloyd(double[][] x, int k, Random random, int[] labels) {
        int n = x.length;
        double[][] centres = new double[k][];
        centres[0] = x[random.nextInt(n)].clone();
        double[] d = new double[n];
        for (int c = 1; c < k; c++) {
            double sum = 0;
            for (int i = 0; i < n; i++) {
                d[i] = Double.POSITIVE_INFINITY;
                for (int j = 0; j < c; j++) {
                    d[i] = Math.min(d[i], distance(x[i], centres[j]));
                }
                sum += d[i];
            }
            double pick = random.nextDouble() * sum;
            int chosen = n - 1;
            for (int i = 0; i < n; i++) {
                pick -= d[i];
                if (pick <= 0) {
                    chosen = i;
                    break;
                }
            }
            centres[c] = x[chosen].clone();
        }
        double inertia = 0;
        for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
            boolean changed = iteration == 0;
            inertia = 0;
            for (int i = 0; i < n; i++) {
                int best = 0;
                double bestD = Double.POSITIVE_INFINITY;
                for (int c = 0; c < k; c++) {
                    double dist = distance(x[i], centres[c]);
                    if (dist < bestD) {
                        bestD = dist;
                        best = c;
                    }
                }
                changed |= labels[i] != best;
                labels[i] = best;
                inertia += bestD;
            }
            if (!changed) {
                break;
            }
            for (int c = 0; c < k; c++) {
                double[] mean = new double[x[0].length];
                int members = 0;
                for (int i = 0; i < n; i++) {
                    if (labels[i] == c) {
                        members++;
                        for (int j = 0; j < mean.length; j++) {
                            mean[j] += x[i][j];
                        }
                    }
                }
                if (members > 0) {
                    for (int j = 0; j < mean.length; j++) {
                        mean[j] /= members;
                    }
                    centres[c] = mean;
                }
            }
        }
        return inertia;
    }

    private static double distance(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            double diff = a[i] - b[i];
            s += diff * diff;
        }
        return s;
    }
}
