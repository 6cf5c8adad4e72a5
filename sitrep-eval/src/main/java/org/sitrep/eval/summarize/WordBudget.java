package org.sitrep.eval.summarize;

import java.util.ArrayList;
import java.util.List;

/**
 * The length limit every system's summary is held to, as in the DUC and MultiLing evaluations: a
 * summary is cut after its first {@code words} white-space words before it is scored, so no system
 * gains recall by writing more. Baselines take sentences in their order until the limit is reached
 * (the last one is cut). Stateless.
 */
public final class WordBudget {

    private WordBudget() {
    }

    /** White-space words of {@code text}. */
    public static int words(String text) {
        String t = text.trim();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }

    /** The first {@code limit} words of {@code text}, single-spaced. */
    public static String cut(String text, int limit) {
        String t = text.trim();
        if (t.isEmpty()) {
            return "";
        }
        String[] w = t.split("\\s+");
        return String.join(" ", java.util.Arrays.copyOf(w, Math.min(limit, w.length)));
    }

    /** Sentences from {@code ranked}, in that order, until together they reach {@code limit} words. */
    public static List<SourceSentence> fill(List<SourceSentence> ranked, int limit) {
        List<SourceSentence> out = new ArrayList<>();
        int total = 0;
        for (SourceSentence s : ranked) {
            if (total >= limit) {
                break;
            }
            out.add(s);
            total += s.words();
        }
        return out;
    }

    /** The sentences' texts joined by spaces. */
    public static String join(List<SourceSentence> sentences) {
        return String.join(" ", sentences.stream().map(SourceSentence::text).toList());
    }
}
