package org.sitrep.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.fixtures.ArticleFixture.article;
import static org.sitrep.model.EntityType.LOCATION;
import static org.sitrep.model.EntityType.ORGANIZATION;
import static org.sitrep.model.EntityType.PERSON;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.sitrep.annotate.AnnotatedArticle;
import org.sitrep.model.ArticleId;

class SimilarityClustererTest {

    private final SimilarityClusterer clusterer = new SimilarityClusterer(ClusteringConfig.defaults());

    private static AnnotatedArticle flood(String id, String date, String text) {
        return article(id, text).published(date).mentions(LOCATION, "Valencia", "Spain")
                .mentions(PERSON, "Marta Ruiz").mentions(ORGANIZATION, "Red Cross").build();
    }

    private static AnnotatedArticle launch(String id, String date, String text) {
        return article(id, text).published(date).mentions(LOCATION, "Andøya", "Norway")
                .mentions(ORGANIZATION, "Skarv Orbital").build();
    }

    private final List<AnnotatedArticle> corpus = List.of(
            flood("f1", "2026-03-10", "Flash floods swept through Valencia in Spain, killing nine people. "
                    + "Mayor Marta Ruiz said rescue teams were searching flooded streets. The Red Cross opened shelters."),
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
    void splitsArticlesIntoOneStoryPerEvent() {
        assertThat(partition(clusterer.apply(corpus)))
                .containsExactlyInAnyOrder(Set.of("f1", "f2", "f3"), Set.of("l1", "l2"));
    }

    @Test
    void givesTheSameStoriesWhateverTheInputOrder() {
        List<AnnotatedArticle> shuffled = new ArrayList<>(corpus);
        Collections.shuffle(shuffled, new Random(7));
        List<Story> a = clusterer.apply(corpus);
        List<Story> b = clusterer.apply(shuffled);
        assertThat(b).extracting(Story::id).containsExactlyElementsOf(a.stream().map(Story::id).toList());
        assertThat(a.get(0).articles()).extracting(x -> x.id().value()).containsExactly("f1", "f2", "f3");
    }

    @Test
    void neverJoinsArticlesPublishedMonthsApart() {
        List<AnnotatedArticle> withOld = new ArrayList<>(corpus);
        withOld.add(flood("f0", "2025-10-01", "Flash floods swept through Valencia in Spain, killing nine people. "
                + "Mayor Marta Ruiz said rescue teams were searching flooded streets. The Red Cross opened shelters."));
        assertThat(partition(clusterer.apply(withOld))).contains(Set.of("f0"));
    }

    @Test
    void marksASyndicatedCopyAsACopyOfTheEarlierArticle() {
        List<AnnotatedArticle> withCopy = new ArrayList<>(corpus);
        withCopy.add(flood("f9", "2026-03-12", "Flash floods swept through Valencia in Spain, killing nine people. "
                + "Mayor Marta Ruiz said rescue teams were searching flooded streets. The Red Cross opened shelters. "
                + "This story first appeared elsewhere."));
        Story floods = clusterer.apply(withCopy).stream().filter(s -> s.articles().size() == 4).findFirst().orElseThrow();
        assertThat(floods.copyOf()).containsExactly(java.util.Map.entry(new ArticleId("f9"), new ArticleId("f1")));
        assertThat(floods.sourceOf(new ArticleId("f9"))).isEqualTo(new ArticleId("f1"));
    }

    @Test
    void handlesNoArticlesAndEmptyArticles() {
        assertThat(clusterer.apply(List.of())).isEmpty();
        List<Story> stories = clusterer.apply(List.of(article("e1", " ").build(), article("e2", ".").build()));
        assertThat(stories.stream().mapToInt(s -> s.articles().size()).sum()).isEqualTo(2);
    }
}
