package org.sitrep.analyse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Which claim groups of a list may share a figure with a given one, found without comparing every
 * pair: groups are filed by unit, by the family of what they count (kinds that may overlap,
 * {@link CountedKind#family}), and by the magnitude of each of their figures on a logarithmic
 * scale whose steps are wider than the relative difference within which two figures are the same,
 * so two groups that may count the same thing ({@link CountedQuantity#mayEqual}) and share a figure
 * share a step or stand in neighbouring ones. A candidate still has
 * to be checked; a group that is no candidate shares no figure. Built once per list.
 */
final class FigureNeighbours {

    private record Step(String unit, String family, int sign, long index) {
    }

    private final List<ClaimGroup> groups;
    private final double stepWidth;
    private final Map<Step, List<Integer>> filed = new HashMap<>();

    /**
     * @param groups the groups, by position
     * @param sameFigure the largest relative difference of two figures that are one figure (below 1)
     */
    FigureNeighbours(List<ClaimGroup> groups, double sameFigure) {
        if (!(sameFigure >= 0 && sameFigure < 1)) {
            throw new IllegalArgumentException("relative difference must be in [0, 1): " + sameFigure);
        }
        this.groups = groups;
        // a and b within the difference have |ln|a| - ln|b|| <= -ln(1 - difference); a step a little wider
        this.stepWidth = -Math.log(1 - sameFigure) * 1.25 + 1e-9;
        for (int i = 0; i < groups.size(); i++) {
            for (ClaimValue v : groups.get(i).values()) {
                Step at = step(groups.get(i), v.value(), 0);
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

    /** The positions after {@code i} of the groups that may share a figure with group {@code i}, ascending. */
    List<Integer> after(int i) {
        ClaimGroup g = groups.get(i);
        TreeSet<Integer> found = new TreeSet<>();
        for (ClaimValue v : g.values()) {
            for (int shift = v.value() == 0 ? 0 : -1; shift <= (v.value() == 0 ? 0 : 1); shift++) {
                Step near = step(g, v.value(), shift);
                for (int j : near == null ? List.<Integer>of() : filed.getOrDefault(near, List.of())) {
                    if (j > i) {
                        found.add(j);
                    }
                }
            }
        }
        return new ArrayList<>(found);
    }

    /** Where a figure is filed, or null for one that equals no figure (not finite). */
    private Step step(ClaimGroup g, double value, int shift) {
        if (!Double.isFinite(value)) {
            return null;
        }
        String unit = g.counted() == null ? null : g.counted().unit();
        String family = g.counted() == null ? "" : CountedKind.family(g.counted().kind());
        if (value == 0) {
            return new Step(unit, family, 0, 0);
        }
        long index = (long) Math.floor(Math.log(Math.abs(value)) / stepWidth) + shift;
        return new Step(unit, family, value > 0 ? 1 : -1, index);
    }
}
