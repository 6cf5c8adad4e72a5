package org.sitrep.analyse;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.sitrep.cluster.StoryOrder;
import org.sitrep.model.StoryId;

/**
 * Finds figures that recur across a report's stories: claim groups of different stories that count
 * the same thing ({@link CountedQuantity#mayEqual}), share a figure, and share an actor named where
 * the figures are given ({@link StoryFigures#shareAnActor}): "3.6 million Syrian refugees within
 * Turkey's border" and "Turkey, which hosts 3.6 million Syrians" are one background fact, while "$29 a
 * month" for two different products, or "10%" in a page on email tools and another on bicycles, is a
 * coincidence, and a report of many stories has thousands of those. Only agreement is
 * looked for across stories: stories are about different moments, so different figures for one
 * quantity are expected there (a count rises, a population moves) and are not a conflict.
 *
 * <p>Stories are taken in report order ({@link StoryOrder}) whatever order they are given in, so a
 * caller that gathers stories as they finish (the Flink job) finds what {@code sitrep report} finds.
 * Works on each story's {@link StoryFigures}, which a distributed caller can compute where the story
 * is analysed and ship to one place.
 *
 * <p>Pure and thread-safe. A group is compared only with the groups filed beside it by actor, figure,
 * unit and kind ({@link FigureNeighbours}), not with every group of the report.
 */
public final class RecurringClaimFinder {

    /** Relative difference within which two figures of different stories are the same figure. */
    private static final double SAME_FIGURE = 0.02;

    /** The recurring figures among {@code stories}. */
    public List<RecurringClaim> find(List<StoryAnalysis> stories) {
        return findAmong(stories.stream().map(StoryFigures::of).toList());
    }

    /** The recurring figures among the figures of a report's stories, given in any order. */
    public List<RecurringClaim> findAmong(Collection<StoryFigures> stories) {
        record Located(StoryFigures story, int index, ClaimGroup group) {
        }
        List<StoryFigures> ordered = new ArrayList<>(stories);
        ordered.sort(Comparator.comparing(StoryFigures::order));
        List<Located> all = new ArrayList<>();
        for (StoryFigures s : ordered) {
            for (int g = 0; g < s.groups().size(); g++) {
                all.add(new Located(s, g, s.groups().get(g)));
            }
        }
        FigureNeighbours neighbours = new FigureNeighbours(all.stream().map(Located::group).toList(),
                all.stream().map(l -> l.story().actors().get(l.index())).toList(), SAME_FIGURE);
        List<RecurringClaim> out = new ArrayList<>();
        boolean[] used = new boolean[all.size()];
        for (int i = 0; i < all.size(); i++) {
            if (used[i]) {
                continue;
            }
            List<Located> same = new ArrayList<>(List.of(all.get(i)));
            Set<StoryId> seen = new LinkedHashSet<>(List.of(all.get(i).story().order().id()));
            for (int j : neighbours.after(i)) {
                Located o = all.get(j);
                if (!used[j] && !seen.contains(o.story().order().id())
                        && all.get(i).story().shareAnActor(all.get(i).index(), o.story(), o.index())
                        && all.get(i).group().counted().mayEqual(o.group().counted())
                        && shared(all.get(i).group(), o.group()) != null) {
                    same.add(o);
                    seen.add(o.story().order().id());
                    used[j] = true;
                }
            }
            if (same.size() > 1) {
                used[i] = true;
                double figure = shared(same.get(0).group(), same.get(1).group());
                String who = same.stream().map(l -> sources(l.story(), l.group(), figure))
                        .collect(Collectors.joining("; "));
                out.add(new RecurringClaim(all.get(i).group().quantity(), Verdict.AGREE,
                        "The same figure recurs in " + same.size() + " stories: " + who + ".",
                        same.stream().map(l -> l.story().order().id()).toList(),
                        same.stream().map(Located::group).toList()));
            }
        }
        return out;
    }

    /** The figure two groups both give, or null when they give none in common. */
    private static Double shared(ClaimGroup a, ClaimGroup b) {
        for (ClaimValue x : a.values()) {
            for (ClaimValue y : b.values()) {
                if (sameFigure(x.value(), y.value())) {
                    return x.value();
                }
            }
        }
        return null;
    }

    private static boolean sameFigure(double a, double b) {
        double larger = Math.max(Math.abs(a), Math.abs(b));
        return larger == 0 || Math.abs(a - b) / larger <= SAME_FIGURE;
    }

    private static String sources(StoryFigures story, ClaimGroup g, double figure) {
        return g.values().stream().filter(v -> sameFigure(v.value(), figure))
                .map(v -> story.sources().get(v.article()) + " “" + v.text() + "”")
                .distinct().collect(Collectors.joining(", "));
    }
}
