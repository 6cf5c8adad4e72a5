package org.sitrep.cluster;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.sitrep.annotate.AnnotatedArticle;
import org.sitrep.model.ArticleId;
import org.sitrep.model.StoryId;

/**
 * Incremental clustering on top of a batch {@link StoryClusterer}: clusters the active stories'
 * articles together with the incoming ones, then reads the groups back as placements. In each group
 * that holds incoming articles, they join the active story with the most articles in the group (ties
 * to the smaller story id, so the result does not depend on order); a group with no earlier article
 * starts a new story. Earlier articles never move, so a story keeps its id, its articles and its
 * links for as long as it lives, even when the batch clusterer would now group them differently.
 *
 * <p>Near-duplicates are marked again over each changed story's whole membership. Pure and
 * thread-safe when the batch clusterer is. Cost is the batch clusterer's on active plus incoming
 * articles, so callers bound how many active articles they pass.
 */
public final class Reclusterer implements IncrementalClusterer {

    private final StoryClusterer batch;
    private final NearDuplicateFinder duplicates;

    /**
     * @param batch the clusterer that groups active and incoming articles together
     * @param config where the near-duplicate settings come from
     */
    public Reclusterer(StoryClusterer batch, ClusteringConfig config) {
        this.batch = Objects.requireNonNull(batch, "batch");
        this.duplicates = new NearDuplicateFinder(config.shingleSize(), config.duplicateThreshold());
    }

    @Override
    public List<Story> place(List<Story> active, List<AnnotatedArticle> incoming) {
        if (incoming.isEmpty()) {
            return List.of();
        }
        Map<ArticleId, Story> storyOf = new HashMap<>();
        List<AnnotatedArticle> all = new ArrayList<>();
        for (Story s : active) {
            for (AnnotatedArticle a : s.articles()) {
                storyOf.put(a.id(), s);
                all.add(a);
            }
        }
        Set<ArticleId> incomingIds = new HashSet<>();
        for (AnnotatedArticle a : incoming) {
            if (storyOf.containsKey(a.id()) || !incomingIds.add(a.id())) {
                throw new IllegalArgumentException("article " + a.id() + " is already placed or given twice");
            }
            all.add(a);
        }
        Map<StoryId, List<AnnotatedArticle>> joined = new LinkedHashMap<>();
        List<List<AnnotatedArticle>> started = new ArrayList<>();
        for (Story group : batch.apply(all)) {
            List<AnnotatedArticle> arriving = group.articles().stream().filter(a -> incomingIds.contains(a.id())).toList();
            if (arriving.isEmpty()) {
                continue;
            }
            Story host = largestShare(group, storyOf);
            if (host == null) {
                started.add(arriving);
            } else {
                joined.computeIfAbsent(host.id(), k -> new ArrayList<>(host.articles())).addAll(arriving);
            }
        }
        List<Story> changed = new ArrayList<>();
        joined.forEach((id, members) -> changed.add(complete(id, members)));
        for (List<AnnotatedArticle> members : started) {
            changed.add(complete(Story.of(members).id(), members));
        }
        return changed;
    }

    /** The active story with the most articles in {@code group}; null when it holds none. */
    private static Story largestShare(Story group, Map<ArticleId, Story> storyOf) {
        Map<StoryId, Integer> counts = new HashMap<>();
        Map<StoryId, Story> byId = new HashMap<>();
        for (AnnotatedArticle a : group.articles()) {
            Story s = storyOf.get(a.id());
            if (s != null) {
                counts.merge(s.id(), 1, Integer::sum);
                byId.put(s.id(), s);
            }
        }
        return counts.entrySet().stream()
                .max(Map.Entry.<StoryId, Integer>comparingByValue()
                        .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .map(e -> byId.get(e.getKey()))
                .orElse(null);
    }

    private Story complete(StoryId id, List<AnnotatedArticle> members) {
        List<AnnotatedArticle> ordered = new ArrayList<>(members);
        ordered.sort(SimilarityClusterer.publicationOrder());
        return new Story(id, ordered, duplicates.copies(ordered));
    }
}
