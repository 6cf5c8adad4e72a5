package org.sitrep.cluster;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.sitrep.annotate.AnnotatedArticle;
import org.sitrep.model.ArticleId;
import org.sitrep.text.Embedding;

/**
 * The lead embeddings of a whole batch, computed up front on the common fork-join pool, each lead
 * alone ({@link ArticleSketcher#leadEmbedding}), and handed to a {@link ClusteringSession} by article
 * id, as a stream job hands it the ones its parallel stage made.
 *
 * <p>Why: a session embeds each day's leads when the day is offered, on the offering thread, and in
 * a batch run most days hold one or two articles, so that work ran on one core while the others
 * idled (on the bench pages it was nine tenths of the clustering stage). Embedding every lead of the
 * batch at once, text by text across the pool's threads, gives the same vectors in a fraction of the
 * wall time. A lead shared by several articles (syndicated copies) is embedded once.
 */
final class LeadEmbeddings {

    private LeadEmbeddings() {
    }

    /**
     * Each article's lead embedding by id; articles whose lead is blank, or all of them when the
     * sketcher does not embed, are left out.
     */
    static Map<ArticleId, Embedding> of(ArticleSketcher sketcher, List<AnnotatedArticle> articles) {
        Objects.requireNonNull(sketcher, "sketcher");
        Map<String, AnnotatedArticle> firstWithLead = new LinkedHashMap<>();
        for (AnnotatedArticle a : articles) {
            firstWithLead.putIfAbsent(sketcher.leadText(a), a);
        }
        List<AnnotatedArticle> distinct = List.copyOf(firstWithLead.values());
        List<Embedding> embedded = distinct.parallelStream().map(sketcher::leadEmbedding).toList();
        Map<String, Embedding> byText = new HashMap<>();
        for (int i = 0; i < distinct.size(); i++) {
            if (embedded.get(i) != null) {
                byText.put(sketcher.leadText(distinct.get(i)), embedded.get(i));
            }
        }
        Map<ArticleId, Embedding> out = new HashMap<>();
        for (AnnotatedArticle a : articles) {
            Embedding e = byText.get(sketcher.leadText(a));
            if (e != null) {
                out.put(a.id(), e);
            }
        }
        return out;
    }
}
