package org.sitrep.eval.analysis;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.analyse.ClaimGroup;
import org.sitrep.analyse.ClaimValue;
import org.sitrep.analyse.Entity;
import org.sitrep.analyse.Event;
import org.sitrep.analyse.Relation;
import org.sitrep.analyse.StoryAnalysis;
import org.sitrep.annotate.AnnotatedArticle;
import org.sitrep.eval.analysis.AnalysisGold.Figure;
import org.sitrep.model.ArticleId;
import org.sitrep.model.EntityId;
import org.sitrep.report.Report;
import org.sitrep.text.Folding;

/**
 * Scores a report's story analyses against the gold of one case: which figures were grouped
 * together (pairwise, so a group split in two or two groups merged both count), the verdict of the
 * system group holding most of each gold group, and events and relations matched by actor names
 * (canonical name or any alias), CAMEO root, target and date.
 *
 * <p>Stateless and thread-safe.
 */
public final class AnalysisScorer {

    /** A figure found in a system claim group: which story and group. */
    private record Place(int story, int group) {
    }

    public AnalysisScore score(Report report, AnalysisGold gold) {
        Map<String, ArticleId> byFile = new HashMap<>();
        for (AnnotatedArticle a : report.articles()) {
            byFile.put(fileOf(a), a.id());
        }
        Map<Figure, Place> placed = new HashMap<>();
        List<StoryAnalysis> stories = report.stories();
        Set<Figure> mentioned = new LinkedHashSet<>();
        gold.claims().forEach(g -> mentioned.addAll(g.values()));
        gold.notSame().forEach(mentioned::addAll);
        for (Figure f : mentioned) {
            ArticleId id = byFile.get(f.file());
            for (int s = 0; s < stories.size() && id != null && !placed.containsKey(f); s++) {
                List<ClaimGroup> claims = stories.get(s).claims();
                for (int g = 0; g < claims.size(); g++) {
                    for (ClaimValue v : claims.get(g).values()) {
                        if (v.article().equals(id) && Math.abs(v.value() - f.value()) < 1e-6) {
                            placed.put(f, new Place(s, g));
                        }
                    }
                }
            }
        }
        Map<Figure, Integer> goldGroupOf = new HashMap<>();
        for (int g = 0; g < gold.claims().size(); g++) {
            for (Figure f : gold.claims().get(g).values()) {
                goldGroupOf.put(f, g);
            }
        }
        int right = 0;
        int wrong = 0;
        int goldPairs = 0;
        List<Figure> all = new ArrayList<>(mentioned);
        for (int i = 0; i < all.size(); i++) {
            for (int j = i + 1; j < all.size(); j++) {
                Figure x = all.get(i);
                Figure y = all.get(j);
                boolean sameGold = goldGroupOf.containsKey(x) && goldGroupOf.get(x).equals(goldGroupOf.get(y));
                boolean sameSystem = placed.containsKey(x) && placed.get(x).equals(placed.get(y));
                goldPairs += sameGold ? 1 : 0;
                if (sameSystem) {
                    if (sameGold) {
                        right++;
                    } else {
                        wrong++;
                    }
                }
            }
        }
        int verdicts = 0;
        for (AnalysisGold.Group g : gold.claims()) {
            Map<Place, Integer> votes = new HashMap<>();
            g.values().stream().map(placed::get).filter(java.util.Objects::nonNull).forEach(p -> votes.merge(p, 1, Integer::sum));
            Place best = votes.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
            if (best != null && stories.get(best.story()).claims().get(best.group()).verdict().label().equals(g.verdict())) {
                verdicts++;
            }
        }
        List<String> misses = new ArrayList<>();
        int eventsFound = 0;
        for (AnalysisGold.GoldEvent e : gold.events()) {
            if (stories.stream().anyMatch(s -> s.events().stream().anyMatch(se -> matches(s, se, e)))) {
                eventsFound++;
            } else {
                misses.add("- gold event not found: " + e.actor() + " " + e.action() + " " + e.target() + " " + e.date());
            }
        }
        int systemEvents = 0;
        int systemEventsRight = 0;
        int relationsFound = 0;
        int systemRelations = 0;
        int systemRelationsRight = 0;
        for (AnalysisGold.GoldRelation r : gold.relations()) {
            if (stories.stream().anyMatch(s -> s.relations().stream().anyMatch(sr -> matches(s, sr, r)))) {
                relationsFound++;
            } else {
                misses.add("- gold relation not found: " + r.source() + " " + r.relation() + " " + r.target());
            }
        }
        if (gold.exhaustive()) {
            for (StoryAnalysis s : stories) {
                for (Event se : s.events()) {
                    if (se.actor() == null) {
                        continue;
                    }
                    systemEvents++;
                    if (gold.events().stream().anyMatch(e -> matches(s, se, e))) {
                        systemEventsRight++;
                    } else {
                        misses.add("- event not in gold: " + nameOf(s, se.actor()) + " " + se.action().code() + " "
                                + nameOf(s, se.target()) + " " + se.date());
                    }
                }
                for (Relation sr : s.relations()) {
                    systemRelations++;
                    if (gold.relations().stream().anyMatch(r -> matches(s, sr, r))) {
                        systemRelationsRight++;
                    } else {
                        misses.add("- relation not in gold: " + nameOf(s, sr.source()) + " " + sr.relation().label()
                                + " " + nameOf(s, sr.target()));
                    }
                }
            }
        }
        return new AnalysisScore(right, wrong, goldPairs, verdicts, gold.claims().size(), eventsFound,
                gold.events().size(), systemEventsRight, systemEvents, relationsFound, gold.relations().size(),
                systemRelationsRight, systemRelations, misses);
    }

    /** A report's article as gold names it: its file name, and {@code :LINE} for JSON Lines. */
    static String fileOf(AnnotatedArticle a) {
        String name = Path.of(a.article().origin().path()).getFileName().toString();
        return a.article().origin().line() == null ? name : name + ":" + a.article().origin().line();
    }

    private static boolean matches(StoryAnalysis s, Event se, AnalysisGold.GoldEvent e) {
        if (!se.action().code().equals(e.action()) || !named(s, se.actor(), e.actor())) {
            return false;
        }
        if (e.target() != null && !named(s, se.target(), e.target())) {
            return false;
        }
        if (e.date() != null) {
            return se.date() != null && !se.date().first().isAfter(java.time.LocalDate.parse(e.date()))
                    && !se.date().last().isBefore(java.time.LocalDate.parse(e.date()));
        }
        return true;
    }

    private static boolean matches(StoryAnalysis s, Relation sr, AnalysisGold.GoldRelation r) {
        if (!sr.relation().label().equals(r.relation())) {
            return false;
        }
        boolean forward = named(s, sr.source(), r.source()) && named(s, sr.target(), r.target());
        boolean backward = sr.relation().isSymmetric() && named(s, sr.source(), r.target())
                && named(s, sr.target(), r.source());
        return forward || backward;
    }

    private static String nameOf(StoryAnalysis s, EntityId id) {
        return s.entities().stream().filter(e -> e.id().equals(id)).map(Entity::name).findFirst().orElse("-");
    }

    /** True when the story's entity {@code id} goes by {@code name} (its name or an alias, folded). */
    private static boolean named(StoryAnalysis s, EntityId id, String name) {
        if (id == null || name == null) {
            return false;
        }
        String want = Folding.fold(name);
        for (Entity e : s.entities()) {
            if (e.id().equals(id)) {
                return Folding.fold(e.name()).equals(want)
                        || e.aliases().stream().anyMatch(a -> Folding.fold(a).equals(want));
            }
        }
        return false;
    }
}
