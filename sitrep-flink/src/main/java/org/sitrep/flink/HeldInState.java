package org.sitrep.flink;

import org.sitrep.annotate.AnnotatedArticle;
import org.sitrep.cluster.HeldArticles;
import org.sitrep.model.ArticleId;

/**
 * The articles of a clustering session's open stories in keyed Flink state, by article id, encoded
 * ({@link EncodedArticles}): the state backend holds them (on the heap, or on disk with RocksDB) and
 * checkpoints them with the job. Valid only while Flink has set the operator's key (in
 * {@code processElement} and {@code onTimer}).
 */
final class HeldInState implements HeldArticles {

    private final EncodedArticles state;

    HeldInState(EncodedArticles state) {
        this.state = state;
    }

    @Override
    public void put(AnnotatedArticle article) {
        try {
            state.put(article.id().value(), article);
        } catch (Exception e) {
            throw new StateAccessException(e);
        }
    }

    @Override
    public AnnotatedArticle remove(ArticleId id) {
        try {
            return state.remove(id.value());
        } catch (Exception e) {
            throw new StateAccessException(e);
        }
    }

    @Override
    public boolean contains(ArticleId id) {
        try {
            return state.contains(id.value());
        } catch (Exception e) {
            throw new StateAccessException(e);
        }
    }

    /** A state backend failed; Flink restarts the job from its last checkpoint. */
    static final class StateAccessException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        StateAccessException(Exception cause) {
            super("state access failed: " + cause.getMessage(), cause);
        }
    }
}
