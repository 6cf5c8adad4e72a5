package org.sitrep.analyse;

import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.model.ArticleId;
import org.sitrep.model.Citation;

/**
 * The units of content a summary should cover, found in a story's pooled sentences, each weighted by
 * how many independent sources state it: pairs of adjacent content words ("fertiliser plant",
 * "evacuation order"), the entities a sentence names, the events it reports and the claim groups
 * whose figures it gives. A unit only one source states carries no weight when the story has
 * several sources, so coverage rewards what the sources agree is the story (the concept-coverage
 * objective of Gillick and Favre's summariser, extended to Sitrep's actors, events and claims).
 *
 * <p>Built once per summary; immutable after construction; linear in the pooled words.
 */
final class StoryConcepts {

    private final Map<SentencePool.Candidate, Set<String>> byCandidate = new IdentityHashMap<>();
    private final Map<String, Double> weights = new HashMap<>();
    private final double largest;

    StoryConcepts(StoryAnalysis analysis, SentencePool pool) {
        Map<String, Set<ArticleId>> sources = new HashMap<>();
        Map<Citation, Set<String>> eventsAt = new HashMap<>();
        for (Event e : analysis.events()) {
            for (Citation c : e.evidence()) {
                eventsAt.computeIfAbsent(c, k -> new HashSet<>()).add("event:" + e.id());
            }
        }
        for (SentencePool.Candidate c : pool.candidates()) {
            Set<String> units = new HashSet<>();
            List<String> terms = c.terms();
            for (int i = 0; i + 1 < terms.size(); i++) {
                units.add("pair:" + terms.get(i) + " " + terms.get(i + 1));
            }
            c.entities().forEach(e -> units.add("entity:" + e.value()));
            for (Map.Entry<Citation, Set<String>> e : eventsAt.entrySet()) {
                if (e.getKey().article().equals(c.article().id()) && c.sentence().span().overlaps(e.getKey().span())) {
                    units.addAll(e.getValue());
                }
            }
            for (ClaimGroup g : analysis.claims()) {
                for (ClaimValue v : g.values()) {
                    if (v.article().equals(c.article().id()) && c.sentence().span().contains(v.span())) {
                        units.add("claim:" + g.quantity());
                    }
                }
            }
            byCandidate.put(c, units);
            ArticleId source = pool.sourceOf(c.article().id());
            units.forEach(u -> sources.computeIfAbsent(u, k -> new HashSet<>()).add(source));
        }
        // with one source every unit counts; with several, only what at least two state
        int least = Math.min(2, Math.max(1, pool.sources()));
        sources.forEach((u, s) -> {
            if (s.size() >= least) {
                weights.put(u, (double) s.size());
            }
        });
        double most = 0;
        for (Set<String> units : byCandidate.values()) {
            most = Math.max(most, gain(units, Set.of()));
        }
        this.largest = most;
    }

    /** The units a sentence states. */
    Set<String> of(SentencePool.Candidate c) {
        return byCandidate.getOrDefault(c, Set.of());
    }

    /**
     * What a sentence adds to what {@code covered} already covers, as a share of the most any one
     * sentence covers: in [0, 1].
     */
    double gain(SentencePool.Candidate c, Set<String> covered) {
        return largest == 0 ? 0 : gain(of(c), covered) / largest;
    }

    private double gain(Set<String> units, Set<String> covered) {
        double sum = 0;
        for (String u : units) {
            if (!covered.contains(u)) {
                sum += weights.getOrDefault(u, 0.0);
            }
        }
        return sum;
    }
}
