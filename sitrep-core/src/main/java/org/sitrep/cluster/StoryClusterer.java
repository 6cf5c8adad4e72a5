package org.sitrep.cluster;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.sitrep.annotate.AnnotatedArticle;
import org.sitrep.model.Capability;
import org.sitrep.pipeline.ProblemSink;
import org.sitrep.pipeline.Stage;

/**
 * The clustering stage: groups annotated articles into stories, one real-world event each. The
 * built-in clusterers give the stories in report order ({@link StoryOrder}); a report's figures
 * across stories are found in that order whatever order a clusterer gives.
 */
public interface StoryClusterer extends Stage<List<AnnotatedArticle>, List<Story>> {

    /**
     * Groups articles into stories and reports to {@code problems} the articles it could place only
     * approximately (no date, nothing to compare). Clusterers with nothing to report need not
     * override it.
     */
    default List<Story> apply(List<AnnotatedArticle> articles, ProblemSink problems) {
        return apply(articles);
    }

    @Override
    default String name() {
        return "cluster";
    }

    @Override
    default Set<Capability> requires() {
        return EnumSet.of(Capability.TOKENS, Capability.ENTITY_MENTIONS);
    }

    @Override
    default Set<Capability> provides() {
        return EnumSet.of(Capability.STORIES);
    }
}
