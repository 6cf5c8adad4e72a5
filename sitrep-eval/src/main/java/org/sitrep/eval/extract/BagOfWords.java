package org.sitrep.eval.extract;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * WCXB's page metric: word-level bag-of-words precision, recall and F1. Tokens are the {@code \w+}
 * runs of the lower-cased text; the overlap counts each token as often as it occurs in both texts
 * (multiset intersection). P = overlap / predicted tokens, R = overlap / gold tokens. Two empty
 * texts agree fully. Stateless and thread-safe; linear in the texts' lengths.
 */
public final class BagOfWords {

    private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);

    private BagOfWords() {
    }

    /** The bag-of-words score of {@code predicted} against {@code gold}. */
    public static Prf score(String predicted, String gold) {
        Map<String, Integer> p = bag(predicted);
        Map<String, Integer> g = bag(gold);
        int np = size(p);
        int ng = size(g);
        if (np == 0 && ng == 0) {
            return new Prf(1, 1, 1);
        }
        int overlap = 0;
        for (Map.Entry<String, Integer> e : p.entrySet()) {
            overlap += Math.min(e.getValue(), g.getOrDefault(e.getKey(), 0));
        }
        return Prf.of(np == 0 ? 0 : (double) overlap / np, ng == 0 ? 0 : (double) overlap / ng);
    }

    private static int size(Map<String, Integer> bag) {
        int n = 0;
        for (int c : bag.values()) {
            n += c;
        }
        return n;
    }

    private static Map<String, Integer> bag(String s) {
        Map<String, Integer> m = new HashMap<>();
        if (s == null) {
            return m;
        }
        Matcher x = WORD.matcher(s.toLowerCase(Locale.ROOT));
        while (x.find()) {
            m.merge(x.group(), 1, Integer::sum);
        }
        return m;
    }
}
