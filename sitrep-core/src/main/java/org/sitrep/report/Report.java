package org.sitrep.report;

import java.util.List;
import java.util.Objects;
import org.sitrep.analyse.StoryAnalysis;
import org.sitrep.annotate.AnnotatedArticle;

/**
 * What one run produced: every article read (with its annotations) and every story's analysis, plus
 * the run's counts. The report writers turn it into {@code report.json}, {@code report.md} and
 * {@code report.html}; the JSON shape is the contract in DESIGN.md.
 */
public record Report(List<AnnotatedArticle> articles, List<StoryAnalysis> stories, RunStats stats) {

    /** Version of the {@code report.json} contract written by this code. */
    public static final int VERSION = 1;

    public Report {
        articles = List.copyOf(articles);
        stories = List.copyOf(stories);
        Objects.requireNonNull(stats, "stats");
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
