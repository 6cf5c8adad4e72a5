package org.sitrep.eval.summarize;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * TextRank (Mihalcea and Tarau, 2004) for sentence extraction: a graph whose nodes are the sentences
 * and whose edges weigh the content words two sentences share, normalised by their lengths,
 * {@code |Si ∩ Sj| / (log |Si| + log |Sj|)}; sentences ranked by weighted PageRank (damping 0.85)
 * and taken in rank order.
 */
public final class TextRankBaseline implements ExtractiveBaseline {

    @Override
    public String name() {
        return "TextRank (word overlap, PageRank d=0.85)";
    }

    @Override
    public List<SourceSentence> select(List<SourceSentence> sentences, int words) {
        int n = sentences.size();
        List<Set<String>> terms = new ArrayList<>(n);
        List<Integer> lengths = new ArrayList<>(n);
        for (SourceSentence s : sentences) {
            List<String> t = SentenceTerms.of(s.text());
            terms.add(new HashSet<>(t));
            lengths.add(t.size());
        }
        double[][] w = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double norm = Math.log(lengths.get(i)) + Math.log(lengths.get(j));
                if (norm <= 0) {
                    continue;
                }
                Set<String> shared = new HashSet<>(terms.get(i));
                shared.retainAll(terms.get(j));
                w[i][j] = w[j][i] = shared.size() / norm;
            }
        }
        return inRankOrder(sentences, PageRank.scores(w, PageRank.DAMPING), words);
    }

    /** Sentences by score, best first (ties by position in the topic), until the budget is reached. */
    static List<SourceSentence> inRankOrder(List<SourceSentence> sentences, double[] scores, int words) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingDouble((Integer i) -> -scores[i]).thenComparingInt(i -> i));
        return WordBudget.fill(order.stream().map(sentences::get).toList(), words);
    }
}
