package org.sitrep.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.sitrep.annotate.AnnotatedArticle;
import org.sitrep.annotate.SentenceEmbedder;
import org.sitrep.fixtures.GeneratedNewsStream;
import org.sitrep.model.ArticleId;
import org.sitrep.pipeline.Problem;
import org.sitrep.pipeline.ProblemSink;
import org.sitrep.text.Embedding;

class ClusteringSessionTest {

    private static final int WEEKS = 12;
    private final OnlineClusterer clusterer = OnlineClusterer.withDefaults(null);
    private final List<AnnotatedArticle> stream = GeneratedNewsStream.spanning(WEEKS * 7);

    private static SortedMap<LocalDate, List<AnnotatedArticle>> byDay(List<AnnotatedArticle> articles) {
        return ClusteringSession.Schedule.of(articles).days();
    }

    private static Set<Set<String>> partition(List<Story> stories) {
        return stories.stream().map(s -> s.articles().stream().map(a -> a.id().value()).collect(Collectors.toSet()))
                .collect(Collectors.toSet());
    }

    @Test
    void handsOutEachStoryWhenItClosesAndHoldsOnlyTheArticlesOfOpenOnes() {
        ClusteringSession session = clusterer.openSession(HeldArticles.inMemory());
        List<Story> early = new ArrayList<>();
        long mostHeld = 0;
        for (List<AnnotatedArticle> day : byDay(stream).values()) {
            early.addAll(session.offerDay(day, ProblemSink.IGNORE));
            mostHeld = Math.max(mostHeld, session.heldArticles());
        }
        List<Story> all = new ArrayList<>(early);
        all.addAll(session.finish(List.of(), ProblemSink.IGNORE));

        // the generated stories are told apart, and the session gives the batch run's stories
        assertThat(all).hasSize(WEEKS * 7 / GeneratedNewsStream.DAYS_BETWEEN_STORIES);
        assertThat(all).containsExactlyInAnyOrderElementsOf(clusterer.apply(stream));
        // most stories left before the end; what is held is the window's articles, not the stream's
        assertThat(early).hasSizeGreaterThan(all.size() * 3 / 4);
        int window = TrackerConfig.defaults().windowDays() + GeneratedNewsStream.STORY_DAYS + 1;
        long perDay = (long) GeneratedNewsStream.PER_DAY * GeneratedNewsStream.STORY_DAYS
                / GeneratedNewsStream.DAYS_BETWEEN_STORIES + 1;
        assertThat(mostHeld).isLessThanOrEqualTo(window * perDay).isLessThan(stream.size() / 3);
    }

    @Test
    void resumesFromASnapshotWithTheStoriesOfAnUninterruptedRun() {
        HeldArticles held = HeldArticles.inMemory();
        ClusteringSession session = clusterer.openSession(held);
        List<Story> stories = new ArrayList<>();
        List<List<AnnotatedArticle>> days = new ArrayList<>(byDay(stream).values());
        int half = days.size() / 2;
        for (List<AnnotatedArticle> day : days.subList(0, half)) {
            stories.addAll(session.offerDay(day, ProblemSink.IGNORE));
        }
        ClusteringSession resumed = clusterer.restoreSession(session.snapshot(), held);
        assertThat(resumed.activeStories()).isEqualTo(session.activeStories()).isPositive();
        assertThat(resumed.clock()).isEqualTo(session.clock());
        for (List<AnnotatedArticle> day : days.subList(half, days.size())) {
            stories.addAll(resumed.offerDay(day, ProblemSink.IGNORE));
        }
        stories.addAll(resumed.finish(List.of(), ProblemSink.IGNORE));
        assertThat(stories).containsExactlyInAnyOrderElementsOf(clusterer.apply(stream));
    }

    @Test
    void placesAnArticleDatedBeforeTheLatestDayAmongTheOpenStories() {
        List<AnnotatedArticle> first = stream.subList(0, 12);
        AnnotatedArticle late = first.get(0);
        ClusteringSession session = clusterer.openSession(HeldArticles.inMemory());
        List<Story> stories = new ArrayList<>();
        for (List<AnnotatedArticle> day : byDay(first.subList(1, first.size())).values()) {
            stories.addAll(session.offerDay(day, ProblemSink.IGNORE));
        }
        assertThat(session.clock()).isAfter(ClusteringSession.dayOf(late));
        stories.addAll(session.offerDay(List.of(late), ProblemSink.IGNORE));
        stories.addAll(session.finish(List.of(), ProblemSink.IGNORE));
        assertThat(partition(stories)).isEqualTo(partition(clusterer.apply(first)));
    }

    @Test
    void reportsAnArticleOfferedTwiceAndKeepsItOnce() {
        ClusteringSession session = clusterer.openSession(HeldArticles.inMemory());
        List<Problem> problems = new ArrayList<>();
        session.offerDay(stream.subList(0, 2), problems::add);
        session.offerDay(stream.subList(1, 2), problems::add);
        List<Story> stories = session.finish(List.of(), problems::add);
        assertThat(stories).flatExtracting(Story::articles).hasSize(2);
        assertThat(problems).singleElement().satisfies(p -> assertThat(p.reason()).contains("read once"));
    }

    /** Embeds a text as a vector of its letters' counts; fails a batch, since leads must be embedded alone. */
    private static final class LetterEmbedder implements SentenceEmbedder {
        final AtomicInteger calls = new AtomicInteger();

        @Override
        public int dimension() {
            return 26;
        }

        @Override
        public Embedding embed(String text) {
            calls.incrementAndGet();
            float[] v = new float[26];
            text.toLowerCase(Locale.ROOT).chars().filter(c -> c >= 'a' && c <= 'z').forEach(c -> v[c - 'a']++);
            return Embedding.of(v);
        }

        @Override
        public List<Embedding> embedAll(List<String> texts) {
            throw new AssertionError("a batch of leads: their vectors would depend on the batch");
        }
    }

    @Test
    void embedsEachLeadAloneAndTakesLeadsEmbeddedElsewhereForTheSameStories() {
        LetterEmbedder embedder = new LetterEmbedder();
        OnlineClusterer embedding = OnlineClusterer.withDefaults(embedder);
        List<Story> batch = embedding.apply(stream);
        assertThat(embedder.calls.get()).isEqualTo(stream.size());

        // the leads embedded beforehand, as a stream job's parallel stage does: the session embeds none
        Map<ArticleId, Embedding> leads = new HashMap<>();
        for (AnnotatedArticle a : stream) {
            leads.put(a.id(), embedding.sketcher().leadEmbedding(a));
        }
        embedder.calls.set(0);
        ClusteringSession session = embedding.openSession(HeldArticles.inMemory());
        List<Story> stories = new ArrayList<>();
        for (List<AnnotatedArticle> day : byDay(stream).values()) {
            stories.addAll(session.offerDay(day, leads, ProblemSink.IGNORE));
        }
        stories.addAll(session.finish(List.of(), leads, ProblemSink.IGNORE));
        assertThat(embedder.calls.get()).isZero();
        assertThat(stories).containsExactlyInAnyOrderElementsOf(batch);
    }

    @Test
    void takesWholeSketchesMadeElsewhereForTheSameStoriesWithoutSketchingAgain() {
        LetterEmbedder embedder = new LetterEmbedder();
        OnlineClusterer embedding = OnlineClusterer.withDefaults(embedder);
        List<Story> batch = embedding.apply(stream);

        // every article sketched beforehand, as a stream job's parallel stage does; one left out is sketched here
        Map<ArticleId, ArticleSketch> sketches = new HashMap<>();
        for (AnnotatedArticle a : stream.subList(1, stream.size())) {
            sketches.put(a.id(), embedding.sketcher().sketch(a));
        }
        embedder.calls.set(0);
        ClusteringSession session = embedding.openSession(HeldArticles.inMemory());
        List<Story> stories = new ArrayList<>();
        for (List<AnnotatedArticle> day : byDay(stream).values()) {
            stories.addAll(session.offerSketchedDay(day, sketches, ProblemSink.IGNORE));
        }
        stories.addAll(session.finishSketched(List.of(), sketches, ProblemSink.IGNORE));
        assertThat(embedder.calls.get()).isEqualTo(1);
        assertThat(stories).containsExactlyInAnyOrderElementsOf(batch);
    }

    @Test
    void takesNoArticlesOnceFinished() {
        ClusteringSession session = clusterer.openSession(HeldArticles.inMemory());
        session.finish(List.of(), ProblemSink.IGNORE);
        assertThatIllegalStateException()
                .isThrownBy(() -> session.offerDay(stream.subList(0, 1), ProblemSink.IGNORE));
    }
}
