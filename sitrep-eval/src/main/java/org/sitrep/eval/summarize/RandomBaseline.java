package org.sitrep.eval.summarize;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/** Random: the topic's sentences shuffled with a fixed seed, so a run can be repeated exactly. */
public final class RandomBaseline implements ExtractiveBaseline {

    private final long seed;

    public RandomBaseline(long seed) {
        this.seed = seed;
    }

    @Override
    public String name() {
        return "Random (seed " + seed + ")";
    }

    @Override
    public List<SourceSentence> select(List<SourceSentence> sentences, int words) {
        List<SourceSentence> shuffled = new ArrayList<>(sentences);
        Collections.shuffle(shuffled, new Random(seed));
        return WordBudget.fill(shuffled, words);
    }
}
