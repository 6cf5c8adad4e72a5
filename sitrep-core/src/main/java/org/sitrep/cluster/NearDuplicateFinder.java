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
 * their word shingles, and marks every copy with the original it copies, so one source counts once
 * in claim agreement.
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

    /**
     * Maps each copy to the article it copies; {@code ordered} is the story in publication order.
     * Near-duplicates form groups; a group's original is its earliest article and, between articles
     * of the same date, the one most contained in the others (a copy adds lines, a credit, its own
     * boilerplate; it rarely drops any).
     */
    Map<ArticleId, ArticleId> copies(List<AnnotatedArticle> ordered) {
        int n = ordered.size();
        List<Set<Long>> shingles = ordered.stream().map(a -> shingles(a.text())).toList();
        int[] group = new int[n];
        for (int i = 0; i < n; i++) {
            group[i] = i;
        }
        for (int j = 1; j < n; j++) {
            for (int i = 0; i < j; i++) {
                if (jaccard(shingles.get(i), shingles.get(j)) >= threshold) {
                    int gi = find(group, i);
                    int gj = find(group, j);
                    group[Math.max(gi, gj)] = Math.min(gi, gj);
                }
            }
        }
        Map<Integer, List<Integer>> members = new java.util.TreeMap<>();
        for (int i = 0; i < n; i++) {
            members.computeIfAbsent(find(group, i), k -> new java.util.ArrayList<>()).add(i);
        }
        Map<ArticleId, ArticleId> copyOf = new HashMap<>();
        for (List<Integer> g : members.values()) {
            if (g.size() < 2) {
                continue;
            }
            int original = g.get(0);
            for (int k : g) {
                if (sameDate(ordered.get(k), ordered.get(original))
                        && containment(k, g, shingles) > containment(original, g, shingles)) {
                    original = k;
                }
            }
            for (int k : g) {
                if (k != original) {
                    copyOf.put(ordered.get(k).id(), ordered.get(original).id());
                }
            }
        }
        return copyOf;
    }

    private static int find(int[] group, int i) {
        while (group[i] != i) {
            i = group[i];
        }
        return i;
    }

    private static boolean sameDate(AnnotatedArticle a, AnnotatedArticle b) {
        return java.util.Objects.equals(a.article().published(), b.article().published());
    }

    /** The average share of article {@code k}'s shingles found in each other member of its group. */
    private static double containment(int k, List<Integer> g, List<Set<Long>> shingles) {
        Set<Long> own = shingles.get(k);
        if (own.isEmpty()) {
            return 0;
        }
        double sum = 0;
        for (int other : g) {
            if (other != k) {
                long in = own.stream().filter(shingles.get(other)::contains).count();
                sum += in / (double) own.size();
            }
        }
        return sum / (g.size() - 1);
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
