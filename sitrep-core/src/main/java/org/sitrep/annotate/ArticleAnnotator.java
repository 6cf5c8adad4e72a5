package org.sitrep.annotate;

import java.util.EnumSet;
import java.util.Set;
import org.sitrep.extract.Article;
import org.sitrep.model.Capability;
import org.sitrep.pipeline.Stage;

/**
 * The model-backed annotation stage: tokens, sentences, part of speech, lemmas, named mentions and
 * time expressions for one article. Implemented outside the core (CoreNLP in {@code sitrep-nlp});
 * the rule-based layers ({@link AnnotationLayer}s) run after it.
 *
 * <p>Implementations load their models once, are safe to call from many threads, and release their
 * models on {@link #close()}.
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

    @Override
    default void close() {
    }
}
