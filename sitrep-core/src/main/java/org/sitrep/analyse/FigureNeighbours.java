package org.sitrep.analyse;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Which claim groups of a list may be the same figure as a given one, found without comparing every
 * pair. A group is filed once for each of its actors and figures: by the actor, the unit, the family
 * of what it counts (kinds that may overlap, {@link CountedKind#family}), and the figure's magnitude on
 * a logarithmic scale whose steps are wider than the relative difference within which two figures
 * are one. So two groups that share an actor, may count the same thing
 * ({@link CountedQuantity#mayEqual}) and share a figure are filed together or in neighbouring steps.
 * A candidate still has to be checked; a group that is no candidate is not the same figure. Built
 * once per list; the work per group grows with the groups filed beside it, which an actor and a
 * figure together keep few even where "3 people" or "10%" is in every other story.
 */
final class FigureNeighbours {

    private record Step(String actor, String unit, String family, int sign, long index) {
    }

    private final List<ClaimGroup> groups;
    private final List<? extends Collection<String>> actors;
    private final double stepWidth;
    private final Map<Step, List<Integer>> filed = new HashMap<>();

    /**
     * @param groups the groups, by position
     * @param actors the actors of each group, by position
     * @param sameFigure the largest relative difference of two figures that are one figure (below 1)
     */
    FigureNeighbours(List<ClaimGroup> groups, List<? extends Collection<String>> actors, double sameFigure) {
        if (!(sameFigure >= 0 && sameFigure < 1)) {
            throw new IllegalArgumentException("relative difference must be in [0, 1): " + sameFigure);
        }
        if (actors.size() != groups.size()) {
            throw new IllegalArgumentException(actors.size() + " actor sets for " + groups.size() + " groups");
        }
        this.groups = groups;
        this.actors = actors;
        // a and b within the difference have |ln|a| - ln|b|| <= -ln(1 - difference); a step a little wider
        this.stepWidth = -Math.log(1 - sameFigure) * 1.25 + 1e-9;
        for (int i = 0; i < groups.size(); i++) {
            for (String actor : actors.get(i)) {
                for (ClaimValue v : groups.get(i).values()) {
                    Step at = step(actor, groups.get(i), v.value(), 0);
                    if (at == null) {
                        continue;
                    }
                    List<Integer> here = filed.computeIfAbsent(at, s -> new ArrayList<>());
                    if (here.isEmpty() || here.get(here.size() - 1) != i) {
                        here.add(i);
                    }
                }
            }
        }
    }

    /** The positions after {@code i} of the groups that may be the same figure as group {@code i}, ascending. */
    List<Integer> after(int i) {
        ClaimGroup g = groups.get(i);
        TreeSet<Integer> found = new TreeSet<>();
        for (String actor : actors.get(i)) {
            for (ClaimValue v : g.values()) {
                int reach = v.value() == 0 ? 0 : 1;
                for (int shift = -reach; shift <= reach; shift++) {
                    Step near = step(actor, g, v.value(), shift);
                    for (int j : near == null ? List.<Integer>of() : filed.getOrDefault(near, List.of())) {
                        if (j > i) {
                            found.add(j);
                        }
                    }
                }
            }
        }
        return new ArrayList<>(found);
    }

    /** Where a figure is filed under an actor, or null for one that equals no figure (not finite). */
    private Step step(String actor, ClaimGroup g, double value, int shift) {
        if (!Double.isFinite(value)) {
            return null;
        }
        String unit = g.counted() == null ? null : g.counted().unit();
        String family = g.counted() == null ? "" : CountedKind.family(g.counted().kind());
        if (value == 0) {
            return new Step(actor, unit, family, 0, 0);
        }
        long index = (long) Math.floor(Math.log(Math.abs(value)) / stepWidth) + shift;
        return new Step(actor, unit, family, value > 0 ? 1 : -1, index);
    }
}
