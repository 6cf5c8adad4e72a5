package org.sitrep.report;

import java.util.List;
import java.util.Objects;
import org.sitrep.analyse.StoryAnalysis;
import org.sitrep.annotate.AnnotatedArticle;

/**
 * What one run produced: every article read (with its annotations), every story's analysis, the
 * figures that recur across stories, and the run's counts. The report writers turn it into {@code report.json}, {@code report.md} and
 * {@code report.html}; the JSON shape is the contract in DESIGN.md.
 */
public record Report(List<AnnotatedArticle> articles, List<StoryAnalysis> stories,
        List<org.sitrep.analyse.RecurringClaim> recurring, RunStats stats) {

    /** Version of the {@code report.json} contract written by this code. */
    public static final int VERSION = 1;

    public Report {
        articles = List.copyOf(articles);
        stories = List.copyOf(stories);
        recurring = List.copyOf(recurring);
        Objects.requireNonNull(stats, "stats");
    }

    /** A report without figures recurring across stories. */
    public Report(List<AnnotatedArticle> articles, List<StoryAnalysis> stories, RunStats stats) {
        this(articles, stories, List.of(), stats);
    }

    /** Every article by its id, in report order (the first one wins if an id repeats). */
    public java.util.Map<org.sitrep.model.ArticleId, org.sitrep.extract.Article> articlesById() {
        java.util.Map<org.sitrep.model.ArticleId, org.sitrep.extract.Article> known = new java.util.LinkedHashMap<>();
        for (AnnotatedArticle a : articles) {
            known.putIfAbsent(a.id(), a.article());
        }
        return known;
    }
}
