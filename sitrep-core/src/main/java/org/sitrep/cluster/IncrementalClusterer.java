package org.sitrep.cluster;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.sitrep.annotate.AnnotatedArticle;
import org.sitrep.model.Capability;

/**
 * The clustering stage for a growing corpus: places newly arrived articles into the stories that
 * are still active, or into new stories, without regrouping what was placed before.
 *
 * <p>Contract of {@link #place}: every incoming article is in exactly one returned story; a returned
 * story that continues an active one keeps that story's id and holds all its earlier articles (an
 * article once placed never moves); a story that starts gets a fresh id ({@link Story#of}); active
 * stories that gained nothing are not returned. Returned stories are complete: members in
 * publication order and near-duplicates marked, ready for analysis. Implementations are pure and
 * thread-safe unless their Javadoc says otherwise.
 *
 * <p>{@link Reclusterer} implements it over any batch {@link StoryClusterer}; an online clusterer that
 * takes one article at a time can implement it directly.
 */
public interface IncrementalClusterer {

    /** A short name for logs and errors. */
    default String name() {
        return "place";
    }

    /** Capabilities the articles must carry. */
    default Set<Capability> requires() {
        return EnumSet.of(Capability.TOKENS, Capability.ENTITY_MENTIONS);
    }

    /**
     * The stories that change when {@code incoming} arrives.
     *
     * @param active the stories new articles may join, as stored (their ids are kept)
     * @param incoming articles not yet in any story; none of them may already be in {@code active}
     */
    List<Story> place(List<Story> active, List<AnnotatedArticle> incoming);
}
