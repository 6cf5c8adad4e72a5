package org.sitrep.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.fixtures.ArticleFixture.article;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.sitrep.annotate.AnnotatedArticle;
import org.sitrep.annotate.SentenceEmbedder;
import org.sitrep.model.ArticleId;
import org.sitrep.text.Embedding;

class LeadEmbeddingsTest {

    /** A vector from the text's length and first letter; records every text it is asked for. */
    private static final class CountingModel implements SentenceEmbedder {
        final List<String> seen = Collections.synchronizedList(new ArrayList<>());

        @Override
        public int dimension() {
            return 2;
        }

        @Override
        public Embedding embed(String text) {
            seen.add(text);
            return Embedding.of(new float[] {text.length(), text.isEmpty() ? 0 : text.charAt(0)});
        }
    }

    private static ArticleSketcher sketcher(SentenceEmbedder model) {
        return new ArticleSketcher(SketchConfig.defaults(), model);
    }

    @Test
    void givesEveryArticleTheVectorItsLeadGetsAloneComputedOnce() {
        CountingModel model = new CountingModel();
        List<AnnotatedArticle> articles = IntStream.range(0, 200)
                .mapToObj(i -> article("a-" + i, "Lead number " + i + " reports a flood. More words follow.").build())
                .toList();
        Map<ArticleId, Embedding> leads = LeadEmbeddings.of(sketcher(model), articles);
        ArticleSketcher fresh = sketcher(new CountingModel());
        assertThat(leads).hasSize(articles.size());
        for (AnnotatedArticle a : articles) {
            assertThat(leads.get(a.id()).values()).containsExactly(fresh.leadEmbedding(a).values());
        }
        assertThat(model.seen).hasSize(articles.size());
    }

    @Test
    void embedsALeadSharedByCopiesOnceAndLeavesOutBlankLeads() {
        CountingModel model = new CountingModel();
        AnnotatedArticle one = article("a-1", "The same lead about the flood.").build();
        AnnotatedArticle copy = article("a-2", "The same lead about the flood.").build();
        AnnotatedArticle other = article("a-3", "Another lead about a fire.").build();
        AnnotatedArticle blank = article("a-4", "").build();
        Map<ArticleId, Embedding> leads = LeadEmbeddings.of(sketcher(model), List.of(one, copy, other, blank));
        assertThat(leads).containsOnlyKeys(one.id(), copy.id(), other.id());
        assertThat(leads.get(copy.id())).isSameAs(leads.get(one.id()));
        assertThat(model.seen).hasSize(2);
    }

    @Test
    void givesNothingWhenTheSketcherDoesNotEmbed() {
        assertThat(LeadEmbeddings.of(sketcher(null), List.of(article("a-1", "A lead.").build()))).isEmpty();
    }
}
