package org.sitrep.flink;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.operators.KeyedProcessOperator;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.junit.jupiter.api.Test;
import org.sitrep.annotate.AnnotatedArticle;
import org.sitrep.cluster.ClusteringSession;
import org.sitrep.cluster.ArticleSketcher;
import org.sitrep.cluster.OnlineClusterer;
import org.sitrep.cluster.Story;
import org.sitrep.cluster.TrackerConfig;
import org.sitrep.fixtures.ArticleFixture;
import org.sitrep.fixtures.GeneratedNewsStream;

/**
 * The clustering operator on generated streams spanning weeks, run by Flink's operator test harness as
 * the job runs it: a bounded-out-of-orderness watermark after every article, days offered as it passes
 * them.
 */
class DailyClusteringTest {

    private static final Duration BOUND = Duration.ofDays(3);
    private final OnlineClusterer clusterer = OnlineClusterer.withDefaults(null);
    /** The sketcher of the operator's pipeline ({@link FixtureRecipe#online}), as the job's encode stage uses it. */
    private static final ArticleSketcher SKETCHER = ((OnlineClusterer) FixtureRecipe.online().build().clusterer()).sketcher();

    /**
     * The clustering operator in Flink's keyed-operator test harness (real heap keyed state, event-time
     * timers and watermarks), fed as the job feeds it: each article with its published day as
     * timestamp, then the watermark of Flink's bounded-out-of-orderness generator.
     */
    private static final class Driver implements AutoCloseable {
        final StoryClusteringFunction function;
        final KeyedOneInputStreamOperatorTestHarness<Integer, EncodedArticle, EncodedStory> harness;
        long latest = Long.MIN_VALUE;
        long mostInState;

        /** Sketches each article before the operator, as the job's parallel stage does; false: the session sketches. */
        final boolean sketched;

        Driver() throws Exception {
            this(false);
        }

        /** With {@code unbounded}, as for a followed topic: undated articles go with the next day passed. */
        Driver(boolean unbounded) throws Exception {
            this(unbounded, true);
        }

        Driver(boolean unbounded, boolean sketched) throws Exception {
            this.sketched = sketched;
            function = new StoryClusteringFunction(FixtureRecipe.online(), new InputRoots(List.of(".")), unbounded);
            harness = new KeyedOneInputStreamOperatorTestHarness<>(new KeyedProcessOperator<>(function),
                    a -> StoryClusteringFunction.KEY, Types.INT);
            // the job's own serializer for stories (the job declares it with returns(CodecTypes.ENCODED_STORY))
            harness.setup(CodecTypes.ENCODED_STORY.createSerializer(harness.getExecutionConfig().getSerializerConfig()));
            harness.open();
        }

        long watermark() {
            return latest == Long.MIN_VALUE ? Long.MIN_VALUE : latest - BOUND.toMillis() - 1;
        }

        void feed(AnnotatedArticle a) throws Exception {
            long timestamp = PublishedDays.timestamp(a);
            // encoded (and sketched) as the job's parallel stage sends it
            harness.processElement(EncodedArticle.of(a, sketched ? SKETCHER.sketch(a) : null), timestamp);
            latest = Math.max(latest, timestamp);
            harness.processWatermark(watermark());
            mostInState = Math.max(mostInState, function.articlesInState());
        }

        Driver feedAll(List<AnnotatedArticle> articles) throws Exception {
            for (AnnotatedArticle a : articles) {
                feed(a);
            }
            return this;
        }

        /** The stories so far, decoded as the analysis instances decode them. */
        List<Story> stories() {
            List<Story> out = new ArrayList<>();
            for (EncodedStory e : harness.extractOutputValues()) {
                // the bytes the clustering instance moved along are those of the story encoded afresh
                assertThat(e.bytes()).isEqualTo(RecordCodec.story(e.decode()));
                assertThat(e.work()).isEqualTo(Work.ofStory(e.decode()));
                out.add(e.decode());
            }
            return out;
        }

        /** The problems reported so far, as the job writes them. */
        List<String> problems() {
            var out = harness.getSideOutput(ExtractFunction.PROBLEMS);
            return out == null ? List.of() : out.stream().map(r -> r.getValue()).toList();
        }

        /** Ends the input as a bounded source does: the watermark at the end of time. */
        List<Story> finish() throws Exception {
            harness.processWatermark(Long.MAX_VALUE);
            assertThat(function.articlesInState()).isZero();
            return stories();
        }

        @Override
        public void close() throws Exception {
            harness.close();
        }
    }

    @Test
    void holdsTheActiveWindowNotTheStreamAndEmitsStoriesBeforeTheInputEnds() throws Exception {
        List<AnnotatedArticle> stream = GeneratedNewsStream.spanning(20 * 7);
        try (Driver driver = new Driver()) {
            driver.feedAll(stream);
            int beforeTheEnd = driver.stories().size();
            List<Story> stories = driver.finish();

            assertThat(stories).containsExactlyInAnyOrderElementsOf(clusterer.apply(stream));
            assertThat(beforeTheEnd).isGreaterThan(stories.size() * 3 / 4);
            // held: the articles of stories open in the window, and the days the watermark has not passed
            long days = TrackerConfig.defaults().windowDays() + GeneratedNewsStream.STORY_DAYS + BOUND.toDays() + 2;
            long perDay = (long) GeneratedNewsStream.PER_DAY * GeneratedNewsStream.STORY_DAYS
                    / GeneratedNewsStream.DAYS_BETWEEN_STORIES + 1;
            assertThat(driver.mostInState).isLessThanOrEqualTo(days * perDay).isLessThan(stream.size() / 4);
            assertThat(driver.problems()).isEmpty();
        }
    }

    @Test
    void givesTheSameStoriesAndBytesWhetherArticlesArriveSketchedOrNot() throws Exception {
        List<AnnotatedArticle> stream = GeneratedNewsStream.spanning(8 * 7);
        try (Driver sketched = new Driver(false, true); Driver bare = new Driver(false, false)) {
            // sketched: decoded without layers, the stories leave in the bytes the articles came in
            List<Story> fromSketches = sketched.feedAll(stream).finish();
            List<Story> sketchedHere = bare.feedAll(stream).finish();

            assertThat(fromSketches).isNotEmpty().containsExactlyInAnyOrderElementsOf(sketchedHere);
            assertThat(fromSketches.stream().flatMap(st -> st.articles().stream()))
                    .allSatisfy(a -> assertThat(a.tokens()).isNotEmpty());
        }
    }

    @Test
    void givesTheInOrderStoriesWhenArticlesArriveOutOfOrderWithinTheBound() throws Exception {
        List<AnnotatedArticle> stream = GeneratedNewsStream.spanning(8 * 7);
        List<Story> inOrder;
        try (Driver driver = new Driver()) {
            inOrder = driver.feedAll(stream).finish();
        }
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

            try (Driver driver = new Driver()) {
                assertThat(driver.feedAll(arrival).finish()).as("seed %d", seed)
                        .containsExactlyInAnyOrderElementsOf(inOrder);
                assertThat(driver.problems()).isEmpty();
            }
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

        try (Driver driver = new Driver()) {
            List<Story> stories = driver.feedAll(stream).finish();

            assertThat(driver.problems()).singleElement().satisfies(p -> assertThat(p)
                    .contains(late.article().origin().location())
                    .contains("published " + ClusteringSession.dayOf(late)).contains("on arrival"));
            assertThat(stories).flatExtracting(Story::articles).hasSize(stream.size()).contains(late);
            // still within the tracker's window: it joins its own story
            Story its = stories.stream().filter(s -> s.articles().contains(late)).findFirst().orElseThrow();
            assertThat(its.articles()).extracting(GeneratedNewsStream::storyOf)
                    .containsOnly(GeneratedNewsStream.storyOf(late));
        }
    }

    @Test
    void keepsArticlesWithoutADayForTheEndAndReadsARepeatOnce() throws Exception {
        List<AnnotatedArticle> stream = new ArrayList<>(GeneratedNewsStream.spanning(3 * 7));
        String text = stream.get(stream.size() - 1).text();
        AnnotatedArticle undated = ArticleFixture.article("u1", text).build();
        stream.add(5, undated);
        stream.add(7, stream.get(3));

        try (Driver driver = new Driver()) {
            List<Story> stories = driver.feedAll(stream).finish();

            List<AnnotatedArticle> unique = stream.stream().distinct().toList();
            assertThat(stories).containsExactlyInAnyOrderElementsOf(clusterer.apply(unique));
            assertThat(stories).flatExtracting(Story::articles).hasSize(unique.size());
            assertThat(driver.problems()).anySatisfy(r -> assertThat(r).contains("read once"))
                    .anySatisfy(r -> assertThat(r).contains("no published date"));
        }
    }

    @Test
    void readsARepeatOfAnUndatedArticleOnceOnAFollowedTopic() throws Exception {
        List<AnnotatedArticle> stream = new ArrayList<>(GeneratedNewsStream.spanning(3 * 7));
        AnnotatedArticle undated = ArticleFixture.article("u1", stream.get(stream.size() - 1).text()).build();
        stream.add(5, undated);
        // redelivered after its day has passed and it was offered: its story is still open
        stream.add(stream.size() / 2, undated);

        try (Driver driver = new Driver(true)) {
            List<Story> stories = driver.feedAll(stream).finish();

            assertThat(stories).flatExtracting(Story::articles).filteredOn(a -> a.id().equals(undated.id())).hasSize(1);
            assertThat(driver.problems()).anySatisfy(r -> assertThat(r).contains("read once"));
        }
    }
}
