package org.sitrep.cluster;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.annotate.AnnotatedArticle;
import org.sitrep.model.ArticleId;
import org.sitrep.text.Folding;

/**
 * Finds syndicated and lightly edited copies among a story's articles by the Jaccard similarity of
 * their word shingles. An article is marked a copy of the earliest article (in the given order) it
 * is similar enough to, so one source counts once in claim agreement.
 *
 * <p>Compares every pair: quadratic in the story size, which is fine for the stories a batch run
 * produces. Pure and thread-safe.
 */
final class NearDuplicateFinder {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private final int shingleSize;
    private final double threshold;

    NearDuplicateFinder(int shingleSize, double threshold) {
        this.shingleSize = shingleSize;
        this.threshold = threshold;
    }

    /** Maps each copy to the article it copies; {@code ordered} is the story in publication order. */
    Map<ArticleId, ArticleId> copies(List<AnnotatedArticle> ordered) {
        Map<ArticleId, ArticleId> copyOf = new HashMap<>();
        List<Set<Long>> shingles = ordered.stream().map(a -> shingles(a.text())).toList();
        for (int j = 1; j < ordered.size(); j++) {
            for (int i = 0; i < j; i++) {
                ArticleId earlier = ordered.get(i).id();
                if (copyOf.containsKey(earlier)) {
                    continue;
                }
                if (jaccard(shingles.get(i), shingles.get(j)) >= threshold) {
                    copyOf.put(ordered.get(j).id(), earlier);
                    break;
                }
            }
        }
        return copyOf;
    }

    Set<Long> shingles(String text) {
        Matcher m = WORD.matcher(Folding.fold(text));
        List<String> words = new java.util.ArrayList<>();
        while (m.find()) {
            words.add(m.group());
        }
        Set<Long> out = new HashSet<>();
        for (int i = 0; i + shingleSize <= words.size(); i++) {
            long h = 1125899906842597L;
            for (int k = i; k < i + shingleSize; k++) {
                h = 31 * h + words.get(k).hashCode();
            }
            out.add(h);
        }
        return out;
    }

    static double jaccard(Set<Long> a, Set<Long> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        Set<Long> small = a.size() <= b.size() ? a : b;
        Set<Long> large = small == a ? b : a;
        int inter = 0;
        for (Long x : small) {
            if (large.contains(x)) {
                inter++;
            }
        }
        return inter / (double) (a.size() + b.size() - inter);
    }
}
