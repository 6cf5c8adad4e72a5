package org.sitrep.annotate;

import java.util.EnumSet;
import java.util.Set;
import org.sitrep.extract.Article;
import org.sitrep.model.Capability;
import org.sitrep.pipeline.ProblemSink;
import org.sitrep.pipeline.Stage;

/**
 * The model-backed annotation stage: tokens, sentences, part of speech, lemmas, named mentions and
 * time expressions for one article. Implemented outside the core (CoreNLP in {@code sitrep-nlp});
 * the rule-based layers ({@link AnnotationLayer}s) run after it.
 *
 * <p>Implementations load their models once, are safe to call from many threads, and release their
 * models on {@link #close()}. They never fail on odd text: input they cannot annotate whole (a
 * sentence of thousands of tokens, a run of text without spaces, a huge article) is cut or split,
 * and {@link #annotate(Article, ProblemSink)} says so as a warning.
 */
public interface ArticleAnnotator extends Stage<Article, AnnotatedArticle>, AutoCloseable {

    @Override
    default Set<Capability> requires() {
        return EnumSet.of(Capability.ARTICLE);
    }

    @Override
    default Set<Capability> provides() {
        return EnumSet.of(Capability.TOKENS, Capability.SENTENCES, Capability.PART_OF_SPEECH, Capability.LEMMAS,
                Capability.ENTITY_MENTIONS, Capability.TIME_EXPRESSIONS);
    }

    /**
     * Annotates one article like {@link #apply}, and reports to {@code problems}, as warnings naming the
     * article, whatever part of its text was cut, split or left unannotated. The default reports
     * nothing.
     */
    default AnnotatedArticle annotate(Article article, ProblemSink problems) {
        return apply(article);
    }

    /**
     * Everything besides the article that decides this annotator's output (implementation,
     * version, models, settings), as a string that changes whenever the output may; null when the
     * output may not be cached. An {@link AnnotationCache} keys its entries by it. The default is
     * null.
     */
    default String fingerprint() {
        return null;
    }

    @Override
    default void close() {
    }
}
