package org.sitrep.analyse;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;
import org.sitrep.annotate.AnnotatedArticle;
import org.sitrep.annotate.Sentence;
import org.sitrep.cluster.StoryOrder;
import org.sitrep.model.ArticleId;
import org.sitrep.text.Folding;

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
 * @param actors for each group, by position, the actors named where its figures are given: the folded
 *     names of the entities mentioned in the sentences that hold them, and the country it counts
 *     people of; a figure recurs only between groups that share one
 */
public record StoryFigures(StoryOrder order, List<ClaimGroup> groups, Map<ArticleId, String> sources,
        List<SortedSet<String>> actors) {

    public StoryFigures {
        Objects.requireNonNull(order, "order");
        groups = List.copyOf(groups);
        sources = Map.copyOf(sources);
        actors = actors.stream().map(a -> Collections.unmodifiableSortedSet(new TreeSet<>(a))).toList();
        if (actors.size() != groups.size()) {
            throw new IllegalArgumentException(actors.size() + " actor sets for " + groups.size() + " groups in " + order.id());
        }
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
        return new StoryFigures(StoryOrder.of(story.story()), groups, sources,
                groups.stream().map(g -> actorsWhereGiven(story, g)).toList());
    }

    /** True when group {@code i} of these figures and group {@code j} of {@code other} share an actor. */
    public boolean shareAnActor(int i, StoryFigures other, int j) {
        SortedSet<String> mine = actors.get(i);
        SortedSet<String> theirs = other.actors.get(j);
        return (mine.size() <= theirs.size() ? mine : theirs).stream()
                .anyMatch((mine.size() <= theirs.size() ? theirs : mine)::contains);
    }

    /**
     * The folded names of the entities mentioned in the sentences holding the group's figures, and the
     * country it counts people of. (With the sentence before each as well, the bench's pages gave 19
     * recurring figures, 9 of them coincidences, against 9 with 3.)
     */
    static SortedSet<String> actorsWhereGiven(StoryAnalysis story, ClaimGroup g) {
        SortedSet<String> out = new TreeSet<>();
        for (ClaimValue v : g.values()) {
            AnnotatedArticle article = story.story().article(v.article());
            Sentence sentence = article == null ? null : article.sentenceAt(v.span().start());
            if (sentence == null) {
                continue;
            }
            for (Entity e : story.entities()) {
                if (e.mentions().stream().anyMatch(m -> m.article().equals(v.article()) && sentence.span().contains(m.span()))) {
                    e.names().forEach(n -> out.add(Folding.fold(n).strip()));
                }
            }
        }
        if (g.counted() != null && g.counted().country() != null) {
            out.add(Folding.fold(g.counted().country()).strip());
        }
        out.remove("");
        return out;
    }

    /**
     * True when the group counts something other stories' groups can be compared with and its own
     * sources agree on it: a figure disputed within a story is no background fact.
     */
    private static boolean mayRecur(ClaimGroup g) {
        return g.counted() != null && !g.counted().kind().isEmpty() && g.verdict() != Verdict.DISAGREE;
    }
}
