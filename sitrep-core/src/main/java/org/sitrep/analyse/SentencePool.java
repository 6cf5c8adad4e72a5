package org.sitrep.analyse;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.annotate.AnnotatedArticle;
import org.sitrep.annotate.ContentTerms;
import org.sitrep.annotate.Quantity;
import org.sitrep.annotate.Quote;
import org.sitrep.annotate.Sentence;
import org.sitrep.cluster.Story;
import org.sitrep.model.ArticleId;
import org.sitrep.model.Citation;
import org.sitrep.model.EntityId;
import org.sitrep.text.TermVector;
import org.sitrep.text.TfIdf;

/**
 * A story's sentences ready to be chosen for a summary, headline or timeline: each with its TF-IDF
 * vector over the story, the entities it names, the figures it gives and how much of it is quoted,
 * and a way to find the sentences of other sources that state the same content.
 *
 * <p>Support is found by meaning and shared facts: a sentence supports another when their cosine is
 * at least the threshold, they share a named entity (when the first names any), and every figure of
 * the first appears in the second. Built once per analyser call; immutable after construction.
 */
final class SentencePool {

    /** One sentence of one article. */
    record Candidate(AnnotatedArticle article, Sentence sentence, int position, TermVector vector,
            Set<EntityId> entities, Set<Double> figures, double quotedShare) {

        Citation citation() {
            return new Citation(article.id(), sentence.span());
        }

        String text() {
            return sentence.span().of(article.text());
        }
    }

    private final Story story;
    private final List<Candidate> candidates;
    private final TermVector centroid;

    SentencePool(StoryAnalysis analysis) {
        this.story = analysis.story();
        EntityIndex index = new EntityIndex(analysis.entities());
        List<AnnotatedArticle> articles = story.articles();
        List<List<String>> bags = new ArrayList<>();
        List<Object[]> raw = new ArrayList<>();
        for (AnnotatedArticle a : articles) {
            int position = 0;
            for (Sentence s : a.sentences()) {
                if (!s.span().fits(a.text().length())) {
                    continue;
                }
                bags.add(ContentTerms.of(a.tokensOf(s)));
                raw.add(new Object[] {a, s, position++});
            }
        }
        TfIdf weights = TfIdf.fit(bags);
        List<Candidate> out = new ArrayList<>(raw.size());
        TermVector sum = TermVector.EMPTY;
        for (int i = 0; i < raw.size(); i++) {
            AnnotatedArticle a = (AnnotatedArticle) raw.get(i)[0];
            Sentence s = (Sentence) raw.get(i)[1];
            TermVector v = weights.vector(bags.get(i));
            Set<EntityId> entities = new HashSet<>();
            for (EntityIndex.Located l : index.within(a.id(), s.span())) {
                entities.add(l.entity().id());
            }
            Set<Double> figures = new HashSet<>();
            for (Quantity q : a.quantities()) {
                if (s.span().contains(q.span())) {
                    figures.add(q.value());
                }
            }
            out.add(new Candidate(a, s, (Integer) raw.get(i)[2], v, entities, figures, quotedShare(a, s)));
            if (story.sourceOf(a.id()).equals(a.id())) {
                sum = sum.plus(v.normalized());
            }
        }
        this.candidates = List.copyOf(out);
        this.centroid = sum;
    }

    List<Candidate> candidates() {
        return candidates;
    }

    /** Closeness of a sentence to what the story as a whole is about. */
    double centrality(Candidate c) {
        return c.vector().cosine(centroid);
    }

    /** Number of independent sources in the story. */
    int sources() {
        return (int) story.articles().stream().map(a -> story.sourceOf(a.id())).distinct().count();
    }

    /**
     * The citations supporting {@code c}: its own sentence and, from every other article, the best
     * sentence that states the same content. Ordered with {@code c} first.
     */
    List<Citation> support(Candidate c, double threshold) {
        Map<ArticleId, Candidate> best = new LinkedHashMap<>();
        Map<ArticleId, Double> bestScore = new LinkedHashMap<>();
        for (Candidate o : candidates) {
            if (o.article().id().equals(c.article().id()) || !supports(o, c, threshold)) {
                continue;
            }
            double s = o.vector().cosine(c.vector());
            if (s > bestScore.getOrDefault(o.article().id(), -1.0)) {
                best.put(o.article().id(), o);
                bestScore.put(o.article().id(), s);
            }
        }
        List<Citation> out = new ArrayList<>();
        out.add(c.citation());
        best.values().forEach(o -> out.add(o.citation()));
        return out;
    }

    /** Independent sources among the citations (copies of one source count once). */
    int independentSources(List<Citation> citations) {
        Set<ArticleId> sources = new HashSet<>();
        for (Citation c : citations) {
            sources.add(story.sourceOf(c.article()));
        }
        return sources.size();
    }

    /** True when sentence {@code o} states the content of {@code c}. */
    static boolean supports(Candidate o, Candidate c, double threshold) {
        if (o.vector().cosine(c.vector()) < threshold) {
            return false;
        }
        if (!c.entities().isEmpty() && java.util.Collections.disjoint(c.entities(), o.entities())) {
            return false;
        }
        return o.figures().containsAll(c.figures());
    }

    private static double quotedShare(AnnotatedArticle a, Sentence s) {
        int quoted = 0;
        for (Quote q : a.quotes()) {
            if (q.direct() && q.span().overlaps(s.span())) {
                quoted += Math.min(q.span().end(), s.span().end()) - Math.max(q.span().start(), s.span().start());
            }
        }
        return s.span().length() == 0 ? 0 : Math.min(1.0, quoted / (double) s.span().length());
    }
}
