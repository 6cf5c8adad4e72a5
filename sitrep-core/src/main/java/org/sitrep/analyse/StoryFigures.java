package org.sitrep.analyse;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.sitrep.cluster.StoryOrder;
import org.sitrep.model.ArticleId;

/**
 * What {@link RecurringClaimFinder} reads of one analysed story: where the story stands in the report,
 * its claim groups that may recur in other stories, and how explanations name the sources of their
 * figures. About 300 bytes a claim group, a tenth of the story's encoded articles or less, so the
 * figures of every story of a corpus can be gathered in one place (the Flink job's global step)
 * without the stories.
 *
 * @param order where the story stands in the report
 * @param groups the story's claim groups that count something comparable ({@link CountedQuantity})
 *     and whose sources do not disagree, in the story's order
 * @param sources the source label ({@link SourceLabel}) of every article the groups' figures come from
 */
public record StoryFigures(StoryOrder order, List<ClaimGroup> groups, Map<ArticleId, String> sources) {

    public StoryFigures {
        Objects.requireNonNull(order, "order");
        groups = List.copyOf(groups);
        sources = Map.copyOf(sources);
        for (ClaimGroup g : groups) {
            for (ClaimValue v : g.values()) {
                if (!sources.containsKey(v.article())) {
                    throw new IllegalArgumentException("no source label for " + v.article() + " in " + order.id());
                }
            }
        }
    }

    /** The figures of {@code story} that may recur across stories. */
    public static StoryFigures of(StoryAnalysis story) {
        List<ClaimGroup> groups = story.claims().stream().filter(StoryFigures::mayRecur).toList();
        Map<ArticleId, String> sources = new LinkedHashMap<>();
        for (ClaimGroup g : groups) {
            for (ClaimValue v : g.values()) {
                sources.computeIfAbsent(v.article(), id -> SourceLabel.of(story.story().article(id).article()));
            }
        }
        return new StoryFigures(StoryOrder.of(story.story()), groups, sources);
    }

    /**
     * True when the group counts something other stories' groups can be compared with and its own
     * sources agree on it: a figure disputed within a story is no background fact.
     */
    private static boolean mayRecur(ClaimGroup g) {
        return g.counted() != null && !g.counted().kind().isEmpty() && g.verdict() != Verdict.DISAGREE;
    }
}
