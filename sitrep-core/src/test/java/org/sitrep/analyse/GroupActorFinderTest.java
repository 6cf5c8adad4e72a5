package org.sitrep.analyse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.fixtures.ArticleFixture.article;
import static org.sitrep.model.EntityType.CITY;
import static org.sitrep.model.EntityType.COUNTRY;
import static org.sitrep.model.EntityType.NATIONALITY;
import static org.sitrep.model.EntityType.ORGANIZATION;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.annotate.AnnotatedArticle;
import org.sitrep.cluster.Story;

class GroupActorFinderTest {

    private final CountryNames countries = new TestCountries();

    private StoryAnalysis analyse(AnnotatedArticle... articles) {
        StoryAnalysis a = StoryAnalysis.of(Story.of(List.of(articles)));
        a = new EntityResolver(EntityResolverConfig.withCountries(countries)).apply(a);
        a = new GroupActorFinder(countries).apply(a);
        return new RelationExtractor().apply(new EventExtractor().apply(a));
    }

    private static List<String> relations(StoryAnalysis a) {
        EntityIndex index = new EntityIndex(a.entities());
        return a.relations().stream().map(r -> index.get(r.source()).name() + " " + r.relation().label() + " "
                + index.get(r.target()).name()).toList();
    }

    private static Entity named(StoryAnalysis a, String name) {
        return a.entities().stream().filter(e -> e.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + name + " in " + a.entities()));
    }

    @Test
    void makesRebelGroupsActorsAndKeepsTheirBackerApart() {
        StoryAnalysis a = analyse(article("a-1",
                "Turkish-backed Syrian rebels downed a helicopter. Turkey-backed rebels hold Idlib.")
                .mentions(NATIONALITY, "Turkish", "Syrian").mentions(COUNTRY, "Turkey").build());
        Entity rebels = named(a, "Syrian rebels");
        assertThat(rebels.type()).isEqualTo(ORGANIZATION);
        assertThat(rebels.aliases()).contains("Syrian rebels", "rebels");
        assertThat(relations(a)).contains("Turkey backs Syrian rebels");
        assertThat(a.entities()).noneMatch(e -> e.name().equals("Syria"));
        assertThat(a.events()).anyMatch(e -> e.actor() != null && e.actor().equals(rebels.id()));
    }

    @Test
    void resolvesTheRegimeAndGovernmentForcesToTheStateTheStoryNames() {
        StoryAnalysis a = analyse(article("a-1",
                "The Syrian government says victory is near. Russia-backed government forces pressed on. "
                        + "Turkey warned the regime.")
                .mentions(NATIONALITY, "Syrian").mentions(COUNTRY, "Russia", "Turkey").build());
        Entity syria = named(a, "Syria");
        assertThat(syria.aliases()).contains("government forces", "regime");
        assertThat(relations(a)).contains("Russia backs Syria", "Turkey threatens Syria");
    }

    @Test
    void readsGovernmentForcesAsTheGovernmentNamedBeforeNotTheNearestArmy() {
        StoryAnalysis a = analyse(article("a-1",
                "The Syrian government says victory is near. Turkish troops massed at the border. "
                        + "Government forces pressed on and the regime ignored Ankara.")
                .mentions(NATIONALITY, "Syrian", "Turkish").mentions(CITY, "Ankara").build());
        assertThat(named(a, "Syria").aliases()).contains("Government forces", "regime");
        assertThat(named(a, "Turkey").aliases()).doesNotContain("Government forces", "regime");
    }

    @Test
    void leavesNamedGroupsAndBareForcesAlone() {
        StoryAnalysis a = analyse(article("a-1",
                "Hayat Tahrir al-Sham militants hold the town. Forces moved in.")
                .mentions(ORGANIZATION, "Hayat Tahrir al-Sham").build());
        assertThat(a.entities()).extracting(Entity::name).containsExactly("Hayat Tahrir al-Sham");
    }

    @Test
    void readsABackerNamedAfterTheGroupItBacks() {
        StoryAnalysis a = analyse(article("a-1",
                "Warplanes hit areas held by rebel factions, many of whom are backed by Turkey.")
                .mentions(COUNTRY, "Turkey").build());
        assertThat(relations(a)).containsExactly("Turkey backs rebels");
    }

    @Test
    void givesABarePoliceTheCountryAnotherReportOfTheStoryNames() {
        StoryAnalysis a = analyse(
                article("a-1", "Police fired tear gas at protesters on Monday.").build(),
                article("a-2", "Turkish police arrested four protest leaders.").mentions(NATIONALITY, "Turkish").build());
        Entity turkey = named(a, "Turkey");
        assertThat(turkey.mentions()).anyMatch(c -> c.article().value().equals("a-1"));
        assertThat(a.events()).anyMatch(e -> e.action() == CameoCode.COERCE && turkey.id().equals(e.actor())
                && e.evidence().stream().anyMatch(c -> c.article().value().equals("a-1")));
    }

    @Test
    void leavesABarePoliceAloneWhenTheStoryNamesTwoCountriesPolice() {
        StoryAnalysis a = analyse(
                article("a-1", "Police fired tear gas at protesters on Monday.").build(),
                article("a-2", "Turkish police and Syrian police met at the border.")
                        .mentions(NATIONALITY, "Turkish", "Syrian").build());
        assertThat(a.entities()).allMatch(e -> e.mentions().stream().noneMatch(c -> c.article().value().equals("a-1")));
    }

    @Test
    void readsAStatesMinistryAsTheStateAndABareMinistryAsTheOneStateWhoseItIs() {
        StoryAnalysis a = analyse(
                article("a-1", "The Turkish defence ministry accused Syria of shelling its posts.")
                        .mentions(NATIONALITY, "Turkish").mentions(COUNTRY, "Syria")
                        .mentions(ORGANIZATION, "defence ministry").build(),
                article("a-2", "The defence ministry condemned Russia.")
                        .mentions(ORGANIZATION, "defence ministry").mentions(COUNTRY, "Russia").build());
        Entity turkey = named(a, "Turkey");
        assertThat(a.entities()).noneMatch(e -> e.name().equalsIgnoreCase("defence ministry"));
        assertThat(turkey.mentions()).anyMatch(c -> c.article().value().equals("a-2"));
        assertThat(relations(a)).contains("Turkey criticises Syria", "Turkey criticises Russia");
    }

    @Test
    void leavesABareMinistryAloneWhenTwoStatesHaveOne() {
        StoryAnalysis a = analyse(
                article("a-1", "The Turkish foreign ministry and the Syrian foreign ministry met.")
                        .mentions(NATIONALITY, "Turkish", "Syrian").build(),
                article("a-2", "The foreign ministry condemned Russia.")
                        .mentions(ORGANIZATION, "foreign ministry").mentions(COUNTRY, "Russia").build());
        assertThat(named(a, "foreign ministry").mentions()).hasSize(1);
        assertThat(a.events()).filteredOn(e -> e.evidence().get(0).article().value().equals("a-2")).singleElement()
                .satisfies(e -> assertThat(e.actor()).isEqualTo(named(a, "foreign ministry").id()));
    }
}
