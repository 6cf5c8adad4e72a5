package org.sitrep.analyse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sitrep.model.ArticleId;
import org.sitrep.model.Span;

class FigureNeighboursTest {

    private static final double SAME = 0.02;

    private static ClaimGroup group(String unit, double... figures) {
        return group("people", unit, figures);
    }

    private static ClaimGroup group(String kind, String unit, double... figures) {
        List<ClaimValue> values = new ArrayList<>();
        for (double f : figures) {
            values.add(new ClaimValue(new ArticleId("a"), String.valueOf(f), f, f, f, new Span(0, 1)));
        }
        return new ClaimGroup("q", Verdict.AGREE, "", values, new CountedQuantity(kind, null, "", unit));
    }

    private static boolean sameFigure(ClaimGroup a, Set<String> actorsOfA, ClaimGroup b, Set<String> actorsOfB) {
        if (!a.counted().mayEqual(b.counted()) || actorsOfA.stream().noneMatch(actorsOfB::contains)) {
            return false;
        }
        for (ClaimValue x : a.values()) {
            for (ClaimValue y : b.values()) {
                double larger = Math.max(Math.abs(x.value()), Math.abs(y.value()));
                if (larger == 0 || Math.abs(x.value() - y.value()) / larger <= SAME) {
                    return true;
                }
            }
        }
        return false;
    }

    @Test
    void findsEveryLaterGroupThatSharesAFigureAndAnActorAndFewOthers() {
        Random random = new Random(7);
        List<ClaimGroup> groups = new ArrayList<>();
        List<Set<String>> actors = new ArrayList<>();
        String[] units = {null, "km", "USD"};
        String[] kinds = {"people", "soldiers", "refugees", "towns", "cars"};
        for (int i = 0; i < 3000; i++) {
            double base = Math.pow(10, random.nextInt(8)) * (1 + random.nextInt(9));
            // figures near a round one, up to 3% either way, so many pairs sit at the 2% edge
            double[] figures = new double[1 + random.nextInt(3)];
            for (int k = 0; k < figures.length; k++) {
                figures[k] = random.nextInt(20) == 0 ? 0 : base * (1 + (random.nextDouble() - 0.5) * 0.06)
                        * (random.nextInt(10) == 0 ? -1 : 1);
            }
            groups.add(group(kinds[random.nextInt(kinds.length)], units[random.nextInt(units.length)], figures));
            Set<String> named = new HashSet<>();
            for (int a = random.nextInt(3); a > 0; a--) {
                named.add("actor " + random.nextInt(4));
            }
            actors.add(named);
        }
        FigureNeighbours neighbours = new FigureNeighbours(groups, actors, SAME);
        long offered = 0;
        long sharing = 0;
        List<String> missed = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            int first = i + 1;
            List<Integer> after = neighbours.after(i);
            assertThat(after).isSorted().allMatch(j -> j >= first).doesNotHaveDuplicates();
            Set<Integer> offeredHere = new HashSet<>(after);
            for (int j = first; j < groups.size(); j++) {
                if (sameFigure(groups.get(i), actors.get(i), groups.get(j), actors.get(j))) {
                    sharing++;
                    if (!offeredHere.contains(j)) {
                        missed.add(groups.get(i).values() + " / " + groups.get(j).values());
                    }
                }
            }
            offered += after.size();
        }
        assertThat(missed).isEmpty();
        long pairs = (long) groups.size() * (groups.size() - 1) / 2;
        assertThat(sharing).isPositive();
        assertThat(offered).isLessThan(pairs / 10).isLessThan(sharing * 4);
    }

    @Test
    void offersNothingForFiguresThatEqualNoFigure() {
        List<ClaimGroup> groups = List.of(group(null, Double.NaN), group(null, Double.NaN),
                group(null, Double.POSITIVE_INFINITY), group(null, Double.POSITIVE_INFINITY), group(null, 0), group(null, 0));
        FigureNeighbours neighbours = new FigureNeighbours(groups, Collections.nCopies(6, Set.of("Norland")), SAME);
        assertThat(neighbours.after(0)).isEmpty();
        assertThat(neighbours.after(2)).isEmpty();
        assertThat(neighbours.after(4)).containsExactly(5);
    }
}
