package org.sitrep.report;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.sitrep.analyse.StoryAnalysis;
import org.sitrep.annotate.AnnotatedArticle;
import org.sitrep.model.ArticleId;
import org.sitrep.model.Citation;
import org.sitrep.model.Span;

/**
 * The anchors of {@code report.html}: one per article ({@code art-3}) and one per cited span of an
 * article's text ({@code art-3-120-184}), so every citation marker links to the highlighted words it
 * stands for. Ids come from the article's position in the report, not from its id string, so they are
 * unique and safe in a URL fragment whatever the data holds.
 *
 * <p>A citation whose span does not fit its article's text gets the article's anchor; one whose
 * article is not in the report gets none. Immutable once built; built in time linear in the number of
 * citations.
 */
final class CitationAnchors {

    private final Map<ArticleId, Integer> indexes = new HashMap<>();
    private final List<AnnotatedArticle> articles;
    private final Map<Integer, TreeMap<Span, String>> marks = new HashMap<>();

    CitationAnchors(List<AnnotatedArticle> articles, List<StoryAnalysis> stories) {
        this.articles = List.copyOf(articles);
        for (int i = 0; i < this.articles.size(); i++) {
            indexes.putIfAbsent(this.articles.get(i).id(), i);
        }
        for (StoryAnalysis s : stories) {
            for (Citation c : StorySources.citedIn(s)) {
                Integer i = indexes.get(c.article());
                if (i != null && fits(i, c.span())) {
                    marks.computeIfAbsent(i, k -> new TreeMap<>()).putIfAbsent(c.span(), markId(i, c.span()));
                }
            }
        }
    }

    /** The anchor of the article's section, or null when the report does not hold the article. */
    String article(ArticleId id) {
        Integer i = indexes.get(id);
        return i == null ? null : articleId(i);
    }

    /** The anchor a citation links to: its highlighted span, else its article, else null. */
    String citation(Citation c) {
        Integer i = indexes.get(c.article());
        if (i == null) {
            return null;
        }
        return fits(i, c.span()) ? markId(i, c.span()) : articleId(i);
    }

    /** The cited spans of the {@code index}th article with their anchors, in text order. */
    Map<Span, String> marks(int index) {
        return marks.getOrDefault(index, new TreeMap<>());
    }

    static String articleId(int index) {
        return "art-" + (index + 1);
    }

    private boolean fits(int index, Span span) {
        return span.fits(articles.get(index).text().length());
    }

    private static String markId(int index, Span span) {
        return articleId(index) + "-" + span.start() + "-" + span.end();
    }
}
