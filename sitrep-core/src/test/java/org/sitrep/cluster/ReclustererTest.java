package org.sitrep.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sitrep.fixtures.ArticleFixture.article;
import static org.sitrep.model.EntityType.LOCATION;
import static org.sitrep.model.EntityType.ORGANIZATION;
import static org.sitrep.model.EntityType.PERSON;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.annotate.AnnotatedArticle;
import org.sitrep.model.ArticleId;
import org.sitrep.model.StoryId;

/**
 * Incremental placement over the real batch clusterer: new articles join the active story they
 * belong to or start one, and what was placed before never moves.
 */
class ReclustererTest {

    private final Reclusterer reclusterer = new Reclusterer(new SimilarityClusterer(ClusteringConfig.defaults()),
            ClusteringConfig.defaults());

    private static final String FLOOD = "Flash floods swept through Valencia in Spain, killing nine people. Mayor Marta"
            + " Ruiz said rescue teams were searching flooded streets. The Red Cross opened shelters.";

    private static AnnotatedArticle flood(String id, String date, String text) {
        return article(id, text).published(date).mentions(LOCATION, "Valencia", "Spain")
                .mentions(PERSON, "Marta Ruiz").mentions(ORGANIZATION, "Red Cross").build();
    }

    private static AnnotatedArticle launch(String id, String date, String text) {
        return article(id, text).published(date).mentions(LOCATION, "Andøya", "Norway")
                .mentions(ORGANIZATION, "Skarv Orbital").build();
    }

    private final AnnotatedArticle f1 = flood("f1", "2026-03-10", FLOOD);
    private final AnnotatedArticle f2 = flood("f2", "2026-03-11", "Rescue teams in Valencia found more victims of the"
            + " floods as water receded. Marta Ruiz said shelters run by the Red Cross held hundreds of families in Spain.");
    private final AnnotatedArticle f3 = flood("f3", "2026-03-11", "Spain declared an emergency after floods in Valencia."
            + " The Red Cross and Mayor Marta Ruiz appealed for blankets as rescue teams pumped water from streets.");
    private final AnnotatedArticle f4 = flood("f4", "2026-03-12", "Floods in Valencia left streets under water for a"
            + " third day. Marta Ruiz thanked the Red Cross, whose shelters in Spain took in more families.");
    private final AnnotatedArticle l1 = launch("l1", "2026-03-12", "Skarv Orbital launched five satellites from Andøya in"
            + " Norway on its rocket. The company said the satellites reached orbit after a failed first attempt.");
    private final AnnotatedArticle l2 = launch("l2", "2026-03-13", "Norway celebrated as Skarv Orbital put satellites into"
            + " orbit from Andøya, the rocket company's second attempt after a failed launch last year.");

    private static List<String> ids(Story s) {
        return s.articles().stream().map(a -> a.id().value()).toList();
    }

    @Test
    void aNewArticleJoinsItsActiveStoryWhichKeepsItsIdAndOnlyChangedStoriesComeBack() {
        Story floods = Story.of(List.of(f1, f2));
        Story launches = Story.of(List.of(l1));
        List<Story> changed = reclusterer.place(List.of(floods, launches), List.of(f3));
        assertThat(changed).hasSize(1);
        assertThat(changed.get(0).id()).isEqualTo(floods.id());
        assertThat(ids(changed.get(0))).containsExactly("f1", "f2", "f3");
    }

    @Test
    void articlesOnAnotherEventStartAStoryWithTheIdOfItsMembers() {
        Story floods = Story.of(List.of(f1, f2, f3));
        List<Story> changed = reclusterer.place(List.of(floods), List.of(l2, l1));
        assertThat(changed).hasSize(1);
        Story started = changed.get(0);
        assertThat(started.id()).isEqualTo(Story.of(List.of(l1, l2)).id()).isNotEqualTo(floods.id());
        assertThat(ids(started)).containsExactly("l1", "l2");
    }

    @Test
    void anArticleJoinsTheActiveStoryWithTheLargestShareAndNoEarlierArticleMoves() {
        // the batch clusterer would now put all four floods in one story; the earlier split stays
        Story big = Story.of(List.of(f1, f2));
        Story small = Story.of(List.of(f3));
        List<Story> changed = reclusterer.place(List.of(small, big), List.of(f4));
        assertThat(changed).hasSize(1);
        assertThat(changed.get(0).id()).isEqualTo(big.id());
        assertThat(ids(changed.get(0))).containsExactly("f1", "f2", "f4");
    }

    @Test
    void aTieBetweenActiveStoriesGoesToTheSmallerIdWhateverTheirOrder() {
        Story a = Story.of(List.of(f1));
        Story b = Story.of(List.of(f2));
        StoryId smaller = a.id().value().compareTo(b.id().value()) < 0 ? a.id() : b.id();
        assertThat(reclusterer.place(List.of(a, b), List.of(f3))).extracting(Story::id).containsExactly(smaller);
        assertThat(reclusterer.place(List.of(b, a), List.of(f3))).extracting(Story::id).containsExactly(smaller);
    }

    @Test
    void aSyndicatedCopyArrivingLaterIsMarkedAsACopyOfTheEarlierArticle() {
        AnnotatedArticle copy = flood("f9", "2026-03-12", FLOOD + " This story first appeared elsewhere.");
        List<Story> changed = reclusterer.place(List.of(Story.of(List.of(f1, f2))), List.of(copy));
        assertThat(changed).hasSize(1);
        assertThat(changed.get(0).copyOf()).containsExactly(Map.entry(new ArticleId("f9"), new ArticleId("f1")));
    }

    @Test
    void nothingArrivingChangesNothingAndAnArticleCannotBePlacedTwice() {
        Story floods = Story.of(List.of(f1, f2));
        assertThat(reclusterer.place(List.of(floods), List.of())).isEmpty();
        assertThatThrownBy(() -> reclusterer.place(List.of(floods), List.of(f2)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("f2");
        assertThatThrownBy(() -> reclusterer.place(List.of(floods), List.of(f3, f3)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("f3");
    }
}
