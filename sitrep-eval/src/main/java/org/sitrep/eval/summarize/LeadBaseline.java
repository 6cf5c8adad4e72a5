package org.sitrep.eval.summarize;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Lead: the articles' first sentences, round-robin over the articles in the dataset's order (every
 * article's first sentence, then every second sentence, ...), where news puts what matters most.
 */
public final class LeadBaseline implements ExtractiveBaseline {

    @Override
    public String name() {
        return "Lead (round-robin over articles)";
    }

    @Override
    public List<SourceSentence> select(List<SourceSentence> sentences, int words) {
        List<SourceSentence> ordered = new ArrayList<>(sentences);
        ordered.sort(Comparator.comparingInt(SourceSentence::position).thenComparingInt(SourceSentence::article));
        return WordBudget.fill(ordered, words);
    }
}
