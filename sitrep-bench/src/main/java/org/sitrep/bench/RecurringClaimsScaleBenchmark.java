package org.sitrep.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedSet;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.sitrep.analyse.ClaimGroup;
import org.sitrep.analyse.ClaimValue;
import org.sitrep.analyse.CountedQuantity;
import org.sitrep.analyse.RecurringClaim;
import org.sitrep.analyse.RecurringClaimFinder;
import org.sitrep.analyse.StoryFigures;
import org.sitrep.analyse.Verdict;
import org.sitrep.cluster.StoryOrder;
import org.sitrep.model.ArticleId;
import org.sitrep.model.DateRange;
import org.sitrep.model.Span;
import org.sitrep.model.StoryId;

/**
 * How the report's global step, finding figures that recur across stories, grows with the number of
 * stories: {@code RecurringClaimsScaleBenchmark [STORIES...]} (default 2000 8000 32000 128000). Each
 * story has one to three comparable claim groups drawn the way news figures fall: a magnitude from 1
 * to 10^7, one or two significant digits (so round figures such as 3, 10 and 1,500 are common and
 * collide across stories), half of them people (people in general three times in ten, else one of seven kinds of people, all of
 * which may count the same group as people in general) and half another kind among 60, an outcome among 6 or none, a country among 40 or
 * none, and a unit for one group in ten; one to three actors named beside each group's figure, among 100,000,
 * drawn log-uniformly so that a few (the countries of the news) are named in many stories and most in
 * few. Only {@link RecurringClaimFinder#findAmong} is timed (CPU of
 * the calling thread, best of three after a warm-up run), and the printed growth is the time per story
 * at each size over that at the size before: 1 for work that grows with the stories, the size ratio
 * for work that grows with their square.
 */
public final class RecurringClaimsScaleBenchmark {

    private static final String[] OUTCOMES = {"", "killed", "injured", "displaced", "arrested", "evacuated", "missing"};
    private static final String[] PEOPLE_KINDS = {"people", "people", "people", "soldiers", "civilians", "refugees",
            "children", "workers", "police", "fighters"};
    private static final int ACTORS = 100_000;
    private static final String[] UNITS = {"km", "USD", "t", "ha"};

    private RecurringClaimsScaleBenchmark() {
    }

    public static void main(String[] args) {
        int[] sizes = args.length == 0 ? new int[] {2000, 8000, 32000, 128000}
                : Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        RecurringClaimFinder finder = new RecurringClaimFinder();
        finder.findAmong(stories(sizes[0], 1));
        double perStoryBefore = Double.NaN;
        System.out.println("stories | claim groups | recurring | CPU ms (best of 3) | us per story | growth per story");
        for (int size : sizes) {
            List<StoryFigures> stories = stories(size, size);
            int groups = stories.stream().mapToInt(s -> s.groups().size()).sum();
            long best = Long.MAX_VALUE;
            int recurring = 0;
            for (int round = 0; round < 3; round++) {
                long start = threads.getCurrentThreadCpuTime();
                List<RecurringClaim> found = finder.findAmong(stories);
                best = Math.min(best, threads.getCurrentThreadCpuTime() - start);
                recurring = found.size();
            }
            double perStory = best / 1e3 / size;
            System.out.printf(Locale.ROOT, "%d | %d | %d | %.1f | %.2f | %s%n", size, groups, recurring, best / 1e6,
                    perStory, Double.isNaN(perStoryBefore) ? "-" : String.format(Locale.ROOT, "%.2f", perStory / perStoryBefore));
            perStoryBefore = perStory;
        }
    }

    private static List<StoryFigures> stories(int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        LocalDate start = LocalDate.of(2025, 1, 1);
        List<StoryFigures> out = new ArrayList<>(count);
        for (int s = 0; s < count; s++) {
            ArticleId article = new ArticleId("article-" + s);
            List<ClaimGroup> groups = new ArrayList<>();
            for (int g = random.nextInt(3); g >= 0; g--) {
                double figure = figure(random);
                ClaimValue value = new ClaimValue(article, "figure", figure, figure, figure, new Span(0, 6));
                String kind = random.nextBoolean() ? PEOPLE_KINDS[random.nextInt(PEOPLE_KINDS.length)]
                        : "kind" + random.nextInt(60);
                CountedQuantity counted = new CountedQuantity(kind,
                        random.nextInt(3) == 0 ? "country" + random.nextInt(40) : null,
                        OUTCOMES[random.nextInt(OUTCOMES.length)],
                        random.nextInt(10) == 0 ? UNITS[random.nextInt(UNITS.length)] : null);
                groups.add(new ClaimGroup("quantity", Verdict.AGREE, "", List.of(value), counted));
            }
            StoryOrder order = new StoryOrder(DateRange.day(start.plusDays(s % 365)), 1, new StoryId("story-" + s));
            List<SortedSet<String>> actors = new ArrayList<>();
            for (int g = 0; g < groups.size(); g++) {
                SortedSet<String> named = new TreeSet<>();
                for (int a = 1 + random.nextInt(3); a > 0; a--) {
                    named.add("actor " + (int) Math.floor(Math.pow(ACTORS, random.nextDouble())));
                }
                actors.add(named);
            }
            out.add(new StoryFigures(order, groups, Map.of(article, "Source " + (s % 500)), actors));
        }
        return out;
    }

    /** A figure of one or two significant digits and a magnitude from 1 to 10^7. */
    private static double figure(SplittableRandom random) {
        int digits = random.nextInt(3) == 0 ? 10 + random.nextInt(90) : 1 + random.nextInt(9);
        return digits * Math.pow(10, random.nextInt(digits >= 10 ? 6 : 7));
    }
}
