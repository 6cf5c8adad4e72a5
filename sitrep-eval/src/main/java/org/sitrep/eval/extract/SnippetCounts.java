package org.sitrep.eval.extract;

import java.util.List;
import java.util.regex.Pattern;

/**
 * trafilatura's evaluation counts for one page or summed over a corpus: a "with" snippet found in
 * the extracted text is a true positive and one missing a false negative; a "without" snippet
 * found is a false positive and one absent a true negative. Matching is substring matching after
 * white space is collapsed to single spaces on both sides. Immutable.
 */
public record SnippetCounts(int tp, int fn, int fp, int tn) {

    public static final SnippetCounts NONE = new SnippetCounts(0, 0, 0, 0);

    private static final Pattern SPACE = Pattern.compile("\\s+");

    public SnippetCounts {
        if (tp < 0 || fn < 0 || fp < 0 || tn < 0) {
            throw new IllegalArgumentException("counts must not be negative");
        }
    }

    /** The counts for one extracted text against one page's snippets. */
    public static SnippetCounts of(String text, List<String> with, List<String> without) {
        String t = normalise(text);
        int tp = 0;
        int fn = 0;
        int fp = 0;
        int tn = 0;
        for (String s : with) {
            if (t.contains(normalise(s))) {
                tp++;
            } else {
                fn++;
            }
        }
        for (String s : without) {
            if (t.contains(normalise(s))) {
                fp++;
            } else {
                tn++;
            }
        }
        return new SnippetCounts(tp, fn, fp, tn);
    }

    static String normalise(String s) {
        return s == null ? "" : SPACE.matcher(s).replaceAll(" ").strip();
    }

    public SnippetCounts plus(SnippetCounts o) {
        return new SnippetCounts(tp + o.tp, fn + o.fn, fp + o.fp, tn + o.tn);
    }

    /** P = tp/(tp+fp), R = tp/(tp+fn), F1 = 2tp/(2tp+fp+fn), each 0 when undefined. */
    public Prf prf() {
        double p = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        double r = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        double f = 2 * tp + fp + fn == 0 ? 0 : 2.0 * tp / (2 * tp + fp + fn);
        return new Prf(p, r, f);
    }

    /** (tp + tn) / all snippets; 0 for none. */
    public double accuracy() {
        int all = tp + fn + fp + tn;
        return all == 0 ? 0 : (double) (tp + tn) / all;
    }
}
