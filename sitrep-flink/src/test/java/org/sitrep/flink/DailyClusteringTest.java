package org.sitrep.flink;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.sitrep.annotate.AnnotatedArticle;
import org.sitrep.cluster.ClusteringSession;
import org.sitrep.cluster.OnlineClusterer;
import org.sitrep.cluster.Story;
import org.sitrep.cluster.TrackerConfig;
import org.sitrep.fixtures.ArticleFixture;
import org.sitrep.fixtures.GeneratedNewsStream;
import org.sitrep.pipeline.Problem;

/**
 * The clustering operator's streaming logic on generated streams spanning weeks, driven as Flink drives
 * it: a bounded-out-of-orderness watermark after every article, days offered as it passes them.
 */
class DailyClusteringTest {

    private static final Duration BOUND = Duration.ofDays(3);
    private final OnlineClusterer clusterer = OnlineClusterer.withDefaults(null);

    /** The operator's logic with in-memory state and the watermark of Flink's bounded-out-of-orderness generator. */
    private final class Driver {
        final DailyClustering logic = new DailyClustering(clusterer, null, new InputRoots(List.of(".")),
                new MapStateInMemory<>(), new MapStateInMemory<>(), new MapStateInMemory<>());
        final List<Story> stories = new ArrayList<>();
        final List<Problem> problems = new ArrayList<>();
        long latest = Long.MIN_VALUE;
        long mostInState;

        long watermark() {
            return latest == Long.MIN_VALUE ? Long.MIN_VALUE : latest - BOUND.toMillis() - 1;
        }

        void feed(AnnotatedArticle a) throws Exception {
            logic.accept(a, watermark(), stories::add, problems::add);
            latest = Math.max(latest, PublishedDays.timestamp(a));
            logic.advance(watermark(), stories::add, problems::add);
            mostInState = Math.max(mostInState, logic.stateSizes().values().stream().mapToLong(Long::longValue).sum());
        }

        Driver feedAll(List<AnnotatedArticle> articles) throws Exception {
            for (AnnotatedArticle a : articles) {
                feed(a);
            }
            return this;
        }

        List<Story> finish() throws Exception {
            logic.finish(stories::add, problems::add);
            assertThat(logic.stateSizes().values()).containsOnly(0L);
            return stories;
        }
    }

    @Test
    void holdsTheActiveWindowNotTheStreamAndEmitsStoriesBeforeTheInputEnds() throws Exception {
        List<AnnotatedArticle> stream = GeneratedNewsStream.spanning(20 * 7);
        Driver driver = new Driver().feedAll(stream);
        int beforeTheEnd = driver.stories.size();
        List<Story> stories = driver.finish();

        assertThat(stories).containsExactlyInAnyOrderElementsOf(clusterer.apply(stream));
        assertThat(beforeTheEnd).isGreaterThan(stories.size() * 3 / 4);
        // held: the articles of stories open in the window, and the days the watermark has not passed
        long days = TrackerConfig.defaults().windowDays() + GeneratedNewsStream.STORY_DAYS + BOUND.toDays() + 2;
        long perDay = (long) GeneratedNewsStream.PER_DAY * GeneratedNewsStream.STORY_DAYS
                / GeneratedNewsStream.DAYS_BETWEEN_STORIES + 1;
        assertThat(driver.mostInState).isLessThanOrEqualTo(days * perDay).isLessThan(stream.size() / 4);
        assertThat(driver.problems).isEmpty();
    }

    @Test
    void givesTheInOrderStoriesWhenArticlesArriveOutOfOrderWithinTheBound() throws Exception {
        List<AnnotatedArticle> stream = GeneratedNewsStream.spanning(8 * 7);
        List<Story> inOrder = new Driver().feedAll(stream).finish();
        for (long seed = 1; seed <= 3; seed++) {
            Random random = new Random(seed);
            // each article overtaken by articles published up to two days after it
            List<double[]> keys = new ArrayList<>();
            for (int i = 0; i < stream.size(); i++) {
                double day = ClusteringSession.dayOf(stream.get(i)).toEpochDay();
                keys.add(new double[] {day + random.nextDouble() * (BOUND.toDays() - 1), i});
            }
            keys.sort(Comparator.comparingDouble(k -> k[0]));
            List<AnnotatedArticle> arrival = keys.stream().map(k -> stream.get((int) k[1])).toList();
            assertThat(arrival).isNotEqualTo(stream);

            Driver driver = new Driver().feedAll(arrival);
            assertThat(driver.finish()).as("seed %d", seed).containsExactlyInAnyOrderElementsOf(inOrder);
            assertThat(driver.problems).isEmpty();
        }
        assertThat(inOrder).containsExactlyInAnyOrderElementsOf(clusterer.apply(stream));
    }

    @Test
    void reportsALateArticleAndClustersItOnArrival() throws Exception {
        List<AnnotatedArticle> stream = new ArrayList<>(GeneratedNewsStream.spanning(4 * 7));
        AnnotatedArticle late = stream.remove(10);
        int arrival = stream.indexOf(stream.stream().filter(a -> ClusteringSession.dayOf(a)
                .isAfter(ClusteringSession.dayOf(late).plusDays(BOUND.toDays() + 2))).findFirst().orElseThrow());
        stream.add(arrival, late);

        Driver driver = new Driver().feedAll(stream);
        List<Story> stories = driver.finish();

        assertThat(driver.problems).singleElement().satisfies(p -> {
            assertThat(p.input()).isEqualTo(late.article().origin().location());
            assertThat(p.reason()).contains("published " + ClusteringSession.dayOf(late)).contains("on arrival");
        });
        assertThat(stories).flatExtracting(Story::articles).hasSize(stream.size()).contains(late);
        // still within the tracker's window: it joins its own story
        Story its = stories.stream().filter(s -> s.articles().contains(late)).findFirst().orElseThrow();
        assertThat(its.articles()).extracting(GeneratedNewsStream::storyOf).containsOnly(GeneratedNewsStream.storyOf(late));
    }

    @Test
    void keepsArticlesWithoutADayForTheEndAndReadsARepeatOnce() throws Exception {
        List<AnnotatedArticle> stream = new ArrayList<>(GeneratedNewsStream.spanning(3 * 7));
        String text = stream.get(stream.size() - 1).text();
        AnnotatedArticle undated = ArticleFixture.article("u1", text).build();
        stream.add(5, undated);
        stream.add(7, stream.get(3));

        Driver driver = new Driver().feedAll(stream);
        List<Story> stories = driver.finish();

        List<AnnotatedArticle> unique = stream.stream().distinct().toList();
        assertThat(stories).containsExactlyInAnyOrderElementsOf(clusterer.apply(unique));
        assertThat(stories).flatExtracting(Story::articles).hasSize(unique.size());
        assertThat(driver.problems).extracting(Problem::reason).anySatisfy(r -> assertThat(r).contains("read once"))
                .anySatisfy(r -> assertThat(r).contains("no published date"));
    }
}
