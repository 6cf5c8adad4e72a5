package org.sitrep.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.fixtures.ArticleFixture.article;
import static org.sitrep.model.EntityType.LOCATION;
import static org.sitrep.model.EntityType.ORGANIZATION;
import static org.sitrep.model.EntityType.PERSON;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.sitrep.annotate.AnnotatedArticle;
import org.sitrep.model.ArticleId;
import org.sitrep.model.DateRange;
import org.sitrep.pipeline.Problem;

class OnlineClustererTest {

    private final OnlineClusterer clusterer = OnlineClusterer.withDefaults(null);

    private static final String FLOOD = "Flash floods swept through Valencia in Spain, killing nine people. "
            + "Mayor Marta Ruiz said rescue teams were searching flooded streets. The Red Cross opened shelters.";

    private static AnnotatedArticle flood(String id, String date, String text) {
        var f = article(id, text).mentions(LOCATION, "Valencia", "Spain").mentions(PERSON, "Marta Ruiz")
                .mentions(ORGANIZATION, "Red Cross");
        return (date == null ? f : f.published(date)).build();
    }

    private static AnnotatedArticle launch(String id, String date, String text) {
        return article(id, text).published(date).mentions(LOCATION, "Andøya", "Norway")
                .mentions(ORGANIZATION, "Skarv Orbital").build();
    }

    private final List<AnnotatedArticle> corpus = List.of(
            flood("f1", "2026-03-10", FLOOD),
            flood("f2", "2026-03-11", "Rescue teams in Valencia found more victims of the floods as water receded. "
                    + "Marta Ruiz said shelters run by the Red Cross held hundreds of families in Spain."),
            flood("f3", "2026-03-11", "Spain declared an emergency after floods in Valencia. The Red Cross and "
                    + "Mayor Marta Ruiz appealed for blankets as rescue teams pumped water from streets."),
            launch("l1", "2026-03-12", "Skarv Orbital launched five satellites from Andøya in Norway on its rocket. "
                    + "The company said the satellites reached orbit after a failed first attempt."),
            launch("l2", "2026-03-13", "Norway celebrated as Skarv Orbital put satellites into orbit from Andøya, "
                    + "the rocket company's second attempt after a failed launch last year."));

    private static Set<Set<String>> partition(List<Story> stories) {
        return stories.stream().map(s -> s.articles().stream().map(a -> a.id().value()).collect(Collectors.toSet()))
                .collect(Collectors.toSet());
    }

    @Test
    void splitsArticlesIntoOneStoryPerEventInPublicationOrder() {
        List<Story> stories = clusterer.apply(corpus);
        assertThat(partition(stories)).containsExactlyInAnyOrder(Set.of("f1", "f2", "f3"), Set.of("l1", "l2"));
        assertThat(stories.get(0).articles()).extracting(a -> a.id().value()).containsExactly("f1", "f2", "f3");
    }

    /** A toy meaning: how often each of a few story words occurs; records the texts it embeds. */
    private static final class WordCountEmbedder implements org.sitrep.annotate.SentenceEmbedder {
        private static final List<String> WORDS = List.of("flood", "rescue", "satellite", "rocket", "orbit");
        final List<String> seen = Collections.synchronizedList(new ArrayList<>());

        @Override
        public int dimension() {
            return WORDS.size();
        }

        @Override
        public org.sitrep.text.Embedding embed(String text) {
            seen.add(text);
            String lower = text.toLowerCase(java.util.Locale.ROOT);
            float[] v = new float[WORDS.size()];
            for (int i = 0; i < v.length; i++) {
                v[i] = lower.split(WORDS.get(i), -1).length - 1;
            }
            return org.sitrep.text.Embedding.of(v);
        }
    }

    @Test
    void embedsEveryLeadOnceUpFrontAndGivesTheStoriesOfASessionFedDayByDay() {
        WordCountEmbedder upFront = new WordCountEmbedder();
        List<Story> batch = OnlineClusterer.withDefaults(upFront).apply(corpus);
        assertThat(upFront.seen).hasSize(corpus.size());

        WordCountEmbedder perDay = new WordCountEmbedder();
        OnlineClusterer daily = OnlineClusterer.withDefaults(perDay);
        ClusteringSession session = daily.openSession(HeldArticles.inMemory());
        ClusteringSession.Schedule schedule = ClusteringSession.Schedule.of(corpus);
        List<Story> fed = new ArrayList<>();
        for (List<AnnotatedArticle> day : schedule.days().values()) {
            fed.addAll(session.offerDay(day, p -> { }));
        }
        fed.addAll(session.finish(schedule.undated(), p -> { }));
        assertThat(perDay.seen).containsExactlyInAnyOrderElementsOf(upFront.seen);
        assertThat(batch).containsExactlyInAnyOrderElementsOf(fed);
        assertThat(partition(batch)).containsExactlyInAnyOrder(Set.of("f1", "f2", "f3"), Set.of("l1", "l2"));
    }

    @Test
    void placesArrivingArticlesIncrementallyIntoTheStoriesTheBatchRunMakes() {
        // the facade's default incremental placer over this clusterer, as `sitrep ingest` uses it
        Reclusterer placer = new Reclusterer(clusterer, ClusteringConfig.defaults());
        List<Story> first = placer.place(List.of(), corpus.subList(0, 2));
        assertThat(partition(first)).containsExactly(Set.of("f1", "f2"));
        List<Story> changed = placer.place(first, corpus.subList(2, corpus.size()));
        assertThat(partition(changed)).containsExactlyInAnyOrder(Set.of("f1", "f2", "f3"), Set.of("l1", "l2"));
        assertThat(changed).filteredOn(s -> s.articles().size() == 3).extracting(Story::id)
                .containsExactly(first.get(0).id());
        assertThat(partition(changed)).isEqualTo(partition(clusterer.apply(corpus)));
    }

    @Test
    void givesTheSameStoriesWhateverTheOrderOfDatedInputs() {
        for (long seed = 1; seed <= 5; seed++) {
            List<AnnotatedArticle> shuffled = new ArrayList<>(corpus);
            Collections.shuffle(shuffled, new Random(seed));
            assertThat(clusterer.apply(shuffled)).extracting(Story::id)
                    .containsExactlyElementsOf(clusterer.apply(corpus).stream().map(Story::id).toList());
        }
    }

    @Test
    void marksASyndicatedCopyAsACopyOfTheEarlierArticle() {
        List<AnnotatedArticle> withCopy = new ArrayList<>(corpus);
        withCopy.add(flood("f9", "2026-03-12", FLOOD + " This story first appeared elsewhere."));
        Story floods = clusterer.apply(withCopy).stream().filter(s -> s.articles().size() == 4).findFirst().orElseThrow();
        assertThat(floods.copyOf()).containsExactly(Map.entry(new ArticleId("f9"), new ArticleId("f1")));
    }

    @Test
    void makesTheShorterOfTwoSameDayCopiesTheOriginal() {
        // "a0" sorts first, so the tracker sees the longer copy first; the source adds nothing
        AnnotatedArticle copy = flood("a0", "2026-03-10", FLOOD + " Reporting by the Valencia desk; this story "
                + "first appeared on our partner site.");
        AnnotatedArticle source = flood("z9", "2026-03-10", FLOOD);
        Story s = clusterer.apply(List.of(copy, source)).get(0);
        assertThat(s.copyOf()).containsExactly(Map.entry(new ArticleId("a0"), new ArticleId("z9")));
    }

    @Test
    void reportsAnUndatedArticleAndPlacesItAfterTheDatedOnes() {
        List<AnnotatedArticle> input = new ArrayList<>(corpus);
        input.add(2, flood("u1", null, FLOOD + " Officials expect the clean-up to take weeks."));
        List<Problem> problems = new ArrayList<>();
        List<Story> stories = clusterer.apply(input, problems::add);
        assertThat(partition(stories)).contains(Set.of("f1", "f2", "f3", "u1"));
        assertThat(problems).extracting(Problem::toString)
                .containsExactly("warning: u1.txt: no published date; clustered after the dated articles, as of 2026-03-13");
    }

    @Test
    void reportsAnArticleDatedOnlyToAYear() {
        List<AnnotatedArticle> input = new ArrayList<>(corpus);
        input.add(0, article("y1", FLOOD + " Updated later.").published(DateRange.year(2026))
                .mentions(LOCATION, "Valencia", "Spain").mentions(PERSON, "Marta Ruiz").build());
        List<Problem> problems = new ArrayList<>();
        assertThat(partition(clusterer.apply(input, problems::add))).contains(Set.of("f1", "f2", "f3", "y1"));
        // offered after the dated articles, on the latest day, which lies in its year
        assertThat(problems).extracting(Problem::toString).containsExactly(
                "warning: y1.txt: published date 2026 is not a day; clustered after the dated articles, as of 2026-03-13");
    }

    @Test
    void reportsArticlesWithNothingToCompareAndKeepsEach() {
        List<Problem> problems = new ArrayList<>();
        List<Story> stories = clusterer.apply(List.of(article("e1", " ").published("2026-03-10").build(),
                article("e2", ".").published("2026-03-10").build()), problems::add);
        assertThat(stories).hasSize(2);
        assertThat(problems).hasSize(2).allSatisfy(p -> assertThat(p.reason()).contains("nothing to compare"));
        assertThat(clusterer.apply(List.of())).isEmpty();
    }

    @Test
    void offersUndatedArticlesInInputOrderSoTheFirstOfTwoCopiesIsTheOriginal() {
        String cleanUp = "Volunteers in Valencia cleared mud from homes across Spain as Marta Ruiz thanked the "
                + "Red Cross for the food and blankets it sent to families. Officials expect the clean-up to take weeks.";
        AnnotatedArticle u0 = flood("u0", null, cleanUp);
        AnnotatedArticle u1 = flood("u1", null, cleanUp);
        List<AnnotatedArticle> input = new ArrayList<>(corpus);
        input.add(0, u1);
        input.add(u0);
        Story floods = clusterer.apply(input).stream().filter(s -> s.article(new ArticleId("u0")) != null)
                .findFirst().orElseThrow();
        assertThat(floods.copyOf()).containsEntry(new ArticleId("u0"), new ArticleId("u1"));
        input.remove(u1);
        input.add(u1);
        floods = clusterer.apply(input).stream().filter(s -> s.article(new ArticleId("u0")) != null)
                .findFirst().orElseThrow();
        assertThat(floods.copyOf()).containsEntry(new ArticleId("u1"), new ArticleId("u0"));
    }
}
