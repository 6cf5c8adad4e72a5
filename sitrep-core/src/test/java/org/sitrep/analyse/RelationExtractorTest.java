package org.sitrep.analyse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.fixtures.ArticleFixture.article;
import static org.sitrep.model.EntityType.COUNTRY;
import static org.sitrep.model.EntityType.LOCATION;
import static org.sitrep.model.EntityType.NATIONALITY;
import static org.sitrep.model.EntityType.PERSON;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.annotate.AnnotatedArticle;
import org.sitrep.cluster.Story;

class RelationExtractorTest {

    private final EntityResolver resolver = new EntityResolver(EntityResolverConfig.withCountries(new TestCountries()));

    private StoryAnalysis analyse(AnnotatedArticle... articles) {
        StoryAnalysis a = resolver.apply(StoryAnalysis.of(Story.of(List.of(articles))));
        return new RelationExtractor().apply(new EventExtractor().apply(a));
    }

    private static List<String> described(StoryAnalysis a) {
        EntityIndex index = new EntityIndex(a.entities());
        return a.relations().stream().map(r -> index.get(r.source()).name() + " " + r.relation().label() + " "
                + index.get(r.target()).name() + " x" + r.count()).toList();
    }

    @Test
    void readsBackingFromADemonymBackedForce() {
        StoryAnalysis a = analyse(article("a-1", "Turkey wants an end to attacks by Russian-backed Syrian forces.")
                .mentions(COUNTRY, "Turkey").mentions(NATIONALITY, "Russian", "Syrian").build());
        assertThat(described(a)).contains("Russia backs Syria x1");
    }

    @Test
    void doesNotTakeRebelsBackedByAStateForThatState() {
        StoryAnalysis a = analyse(article("a-1", "Turkish-backed Syrian rebels downed a helicopter.")
                .mentions(NATIONALITY, "Turkish", "Syrian").build());
        assertThat(described(a)).noneMatch(r -> r.startsWith("Turkey backs"));
    }

    @Test
    void readsSupportOpposingSidesAndAlliance() {
        StoryAnalysis a = analyse(article("a-1",
                "Moscow supports Syrian President Bashar al-Assad while Ankara backs militias. "
                        + "Turkey and Russia back opposing sides in the war. "
                        + "Russia says it is committed to helping its ally, Syrian President Bashar al-Assad.")
                .mentions(PERSON, "Bashar al-Assad").mentions(LOCATION, "Moscow", "Ankara", "Turkey", "Russia")
                .mentions(NATIONALITY, "Syrian").build());
        assertThat(described(a)).contains("Russia backs Bashar al-Assad x1", "Russia allied with Bashar al-Assad x1");
        assertThat(described(a)).anyMatch(r -> r.matches("(Turkey opposes Russia|Russia opposes Turkey) x1"));
    }

    @Test
    void aggregatesRelationsFromEventsWithEveryPieceOfEvidence() {
        StoryAnalysis a = analyse(
                article("a-1", "Syrian forces attacked Turkish posts.").mentions(NATIONALITY, "Syrian", "Turkish").build(),
                article("a-2", "Syrian shelling killed Turkish troops.").mentions(NATIONALITY, "Syrian", "Turkish").build());
        assertThat(described(a)).containsExactly("Syria attacks Turkey x2");
    }
}
