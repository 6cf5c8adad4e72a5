package org.sitrep.analyse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.fixtures.ArticleFixture.article;
import static org.sitrep.model.EntityType.CITY;
import static org.sitrep.model.EntityType.COUNTRY;
import static org.sitrep.model.EntityType.LOCATION;
import static org.sitrep.model.EntityType.NATIONALITY;
import static org.sitrep.model.EntityType.ORGANIZATION;
import static org.sitrep.model.EntityType.PERSON;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.annotate.AnnotatedArticle;
import org.sitrep.cluster.Story;
import org.sitrep.model.DateRange;

class EventExtractorTest {

    private final EntityResolver resolver = new EntityResolver(EntityResolverConfig.withCountries(new TestCountries()));
    private final EventExtractor extractor = new EventExtractor();

    private StoryAnalysis analyse(AnnotatedArticle... articles) {
        return extractor.apply(resolver.apply(StoryAnalysis.of(Story.of(List.of(articles)))));
    }

    private static String name(StoryAnalysis a, org.sitrep.model.EntityId id) {
        return id == null ? null : new EntityIndex(a.entities()).get(id).name();
    }

    private static final DateRange MONDAY = DateRange.day(LocalDate.of(2020, 2, 17));

    @Test
    void findsActorActionTargetPlaceAndDate() {
        StoryAnalysis a = analyse(article("a-1",
                "Syrian forces killed five Turkish soldiers in Taftanaz on Monday. Turkey accused Russia of failing to act.")
                .published("2020-02-18").mentions(NATIONALITY, "Syrian", "Turkish")
                .mentions(LOCATION, "Taftanaz", "Turkey", "Russia").time("on Monday", MONDAY).build());
        Event fight = a.events().stream().filter(e -> e.action() == CameoCode.FIGHT).findFirst().orElseThrow();
        assertThat(name(a, fight.actor())).isEqualTo("Syria");
        assertThat(name(a, fight.target())).isEqualTo("Turkey");
        assertThat(fight.location()).isEqualTo("Taftanaz");
        assertThat(fight.date()).isEqualTo(MONDAY);
        assertThat(fight.dateBasis()).contains("on Monday");
        Event accusation = a.events().stream().filter(e -> e.action() == CameoCode.DISAPPROVE).findFirst().orElseThrow();
        assertThat(name(a, accusation.actor())).isEqualTo("Turkey");
        assertThat(name(a, accusation.target())).isEqualTo("Russia");
        assertThat(accusation.date()).isNull();
        assertThat(accusation.dateBasis()).contains("not stated").contains("reported 2020-02-18");
    }

    @Test
    void swapsActorAndTargetInThePassive() {
        StoryAnalysis a = analyse(article("a-1", "Turkish troops were attacked by Syrian forces near the border.")
                .published("2020-02-18").mentions(NATIONALITY, "Syrian", "Turkish").build());
        Event fight = a.events().get(0);
        assertThat(name(a, fight.actor())).isEqualTo("Syria");
        assertThat(name(a, fight.target())).isEqualTo("Turkey");
    }

    @Test
    void countsOneEventReportedByManyArticlesOnce() {
        AnnotatedArticle one = article("a-1", "Syrian forces killed five Turkish soldiers on Monday.")
                .published("2020-02-18").mentions(NATIONALITY, "Syrian", "Turkish").time("on Monday", MONDAY).build();
        AnnotatedArticle two = article("a-2", "On Monday Syrian shelling killed five Turkish troops, officials said.")
                .published("2020-02-18").mentions(NATIONALITY, "Syrian", "Turkish").time("On Monday", MONDAY).build();
        AnnotatedArticle three = article("a-3", "Syrian artillery killed Turkish soldiers.")
                .published("2020-02-19").mentions(NATIONALITY, "Syrian", "Turkish").build();
        StoryAnalysis a = analyse(one, two, three);
        assertThat(a.events()).hasSize(1);
        Event fight = a.events().get(0);
        assertThat(fight.evidence()).extracting(c -> c.article().value()).containsExactly("a-1", "a-2", "a-3");
        assertThat(fight.date()).isEqualTo(MONDAY);
        assertThat(analyse(one, two, three).events().get(0).id()).isEqualTo(fight.id());
    }

    @Test
    void keepsEventsOnDifferentDatesApart() {
        DateRange tuesday = DateRange.day(LocalDate.of(2020, 2, 11));
        StoryAnalysis a = analyse(
                article("a-1", "Syrian forces attacked Turkish posts on Monday.").published("2020-02-18")
                        .mentions(NATIONALITY, "Syrian", "Turkish").time("on Monday", MONDAY).build(),
                article("a-2", "Syrian forces attacked Turkish posts last Tuesday.").published("2020-02-18")
                        .mentions(NATIONALITY, "Syrian", "Turkish").time("last Tuesday", tuesday).build());
        assertThat(a.events()).hasSize(2).extracting(Event::date).containsExactly(MONDAY, tuesday);
        assertThat(a.events().get(0).id()).isNotEqualTo(a.events().get(1).id());
    }

    @Test
    void doesNotTakeABackerOrAPlaceForAParty() {
        StoryAnalysis a = analyse(article("a-1", "Russian-backed forces attacked rebels in Turkey.")
                .published("2020-02-18").mentions(NATIONALITY, "Russian").mentions(COUNTRY, "Turkey").build());
        assertThat(a.events()).isEmpty();
    }

    @Test
    void leavesOutAnEventTheTextDenies() {
        StoryAnalysis a = analyse(article("a-1", "Russia and Turkey failed to agree on a deal. Turkey did not attack Syria.")
                .mentions(COUNTRY, "Russia", "Turkey", "Syria").build());
        assertThat(a.events()).isEmpty();
    }

    @Test
    void takesTheMakerOfANounEventFromByAndNeverTheReporter() {
        StoryAnalysis a = analyse(article("a-1",
                "(Wire) -- Turkey wants an end to attacks by Syrian forces on Idlib. "
                        + "Turkish media reported that Russian jets bombed the town.")
                .mentions(ORGANIZATION, "Wire").mentions(COUNTRY, "Turkey")
                .mentions(NATIONALITY, "Syrian", "Turkish", "Russian").mentions(LOCATION, "Idlib").build());
        assertThat(a.events()).extracting(e -> name(a, e.actor())).containsExactlyInAnyOrder("Syria", "Russia");
    }

    @Test
    void doesNotTakeAModifierForAParty() {
        StoryAnalysis a = analyse(article("a-1", "A UK-based monitor blamed the attack on Turkey.")
                .mentions(LOCATION, "UK").mentions(COUNTRY, "Turkey").build());
        assertThat(a.events()).allMatch(e -> e.actor() == null || !name(a, e.actor()).equals("UK"));
    }

    @Test
    void givesASecondVerbJoinedByAndTheFirstVerbsSubject() {
        StoryAnalysis a = analyse(article("a-1",
                "Governor Amina Hassan criticised the Kenyan police and urged Kenya Rural Power to halt construction.")
                .mentions(PERSON, "Amina Hassan").mentions(NATIONALITY, "Kenyan")
                .mentions(ORGANIZATION, "Kenya Rural Power").build());
        Event appeal = a.events().stream().filter(e -> e.action() == CameoCode.APPEAL).findFirst().orElseThrow();
        assertThat(name(a, appeal.actor())).isEqualTo("Amina Hassan");
        assertThat(name(a, appeal.target())).isEqualTo("Kenya Rural Power");
    }

    @Test
    void takesTheMainClausesSubjectForTalksAfterItAndNotItsObject() {
        StoryAnalysis a = analyse(article("a-1",
                "Ecuador released six Peruvian fishing boats on Friday after talks with Peru in Quito.")
                .mentions(COUNTRY, "Ecuador", "Peru").mentions(NATIONALITY, "Peruvian").mentions(LOCATION, "Quito")
                .build());
        Event talks = a.events().stream().filter(e -> e.action() == CameoCode.CONSULT).findFirst().orElseThrow();
        assertThat(name(a, talks.actor())).isEqualTo("Ecuador");
        assertThat(name(a, talks.target())).isEqualTo("Peru");
    }

    @Test
    void takesANameAfterAPlacePrepositionAndArticleForAPlaceNotAParty() {
        StoryAnalysis a = analyse(
                article("a-1", "Minister Rubén Castañeda and Portugal's Environment Minister Inês Carvalho held talks "
                        + "in the Portuguese border town of Elvas.").mentions(PERSON, "Rubén Castañeda", "Inês Carvalho")
                        .mentions(COUNTRY, "Portugal").mentions(NATIONALITY, "Portuguese").mentions(LOCATION, "Elvas")
                        .build(),
                article("a-2", "The explosions at the Calvera Quimica plant killed more than 20 people.")
                        .mentions(ORGANIZATION, "Calvera Quimica").build(),
                article("a-3", "Blasts on the edge of the Turkish town killed 27 people.")
                        .mentions(NATIONALITY, "Turkish").build());
        Event talks = a.events().stream().filter(e -> e.action() == CameoCode.CONSULT).findFirst().orElseThrow();
        assertThat(name(a, talks.actor())).isEqualTo("Rubén Castañeda");
        assertThat(name(a, talks.target())).isEqualTo("Inês Carvalho");
        assertThat(a.events()).noneMatch(e -> e.action() == CameoCode.FIGHT);
    }

    @Test
    void takesNoStateForAPartyWhereItsDemonymDescribesItsPeople() {
        StoryAnalysis a = analyse(article("a-1", "Moscow and Ankara have also clashed over the fate of the 3.6 million "
                + "Syrian refugees within Turkey's border.").mentions(CITY, "Moscow", "Ankara").mentions(NATIONALITY, "Syrian")
                .mentions(COUNTRY, "Turkey").build());
        assertThat(a.events()).noneMatch(e -> "Syria".equals(name(a, e.target())) || "Syria".equals(name(a, e.actor())));
    }

    @Test
    void datesAnActionByTheTimeInItsOwnClauseAndReadsNoActionFromAnInfinitive() {
        StoryAnalysis a = analyse(article("a-1", "Turkey held talks with Russia on Monday afternoon, a day after "
                + "Syria attacked Turkish posts. Turkey threatened to strike Syria.").published("2020-02-18")
                .mentions(LOCATION, "Turkey", "Russia", "Syria").mentions(NATIONALITY, "Turkish")
                .timeOfDay("on Monday afternoon", MONDAY).build());
        Event talks = a.events().stream().filter(e -> e.action() == CameoCode.CONSULT).findFirst().orElseThrow();
        assertThat(talks.date()).isEqualTo(MONDAY);
        List<Event> fights = a.events().stream().filter(e -> e.action() == CameoCode.FIGHT).toList();
        assertThat(fights).singleElement().satisfies(f -> {
            assertThat(name(a, f.actor())).isEqualTo("Syria");
            assertThat(f.date()).isNull();
        });
    }

    @Test
    void takesNoActorFromAnAbstractSubjectOrTheNamesItGoverns() {
        StoryAnalysis a = analyse(article("a-1", "Tension between Russia and Turkey killed two Syrian soldiers. "
                + "Despite Turkish warnings, the raid killed four Syrian civilians.")
                .mentions(LOCATION, "Russia", "Turkey").mentions(NATIONALITY, "Syrian", "Turkish").build());
        assertThat(a.events()).filteredOn(e -> e.action() == CameoCode.FIGHT).isNotEmpty().allSatisfy(f -> {
            assertThat(f.actor()).isNull();
            assertThat(name(a, f.target())).isEqualTo("Syria");
        });
    }

    @Test
    void keepsTheActorWhereTheAbstractNounIsTheEventsOwnVerb() {
        // "clashes" is a verb here, the event's trigger: Turkey clashes, it qualifies no noun
        StoryAnalysis a = analyse(article("a-1", "Turkey clashes with Russia over Idlib.")
                .mentions(LOCATION, "Turkey", "Russia").build());
        assertThat(a.events()).filteredOn(e -> e.action() == CameoCode.FIGHT).singleElement().satisfies(f -> {
            assertThat(name(a, f.actor())).isEqualTo("Turkey");
            assertThat(name(a, f.target())).isEqualTo("Russia");
        });
    }

    @Test
    void keepsAStateThatOwnsAnAbstractNounButWagesItsWarAsTheActor() {
        StoryAnalysis a = analyse(article("a-1", "Russian air strikes killed ten Syrian soldiers.")
                .mentions(NATIONALITY, "Russian", "Syrian").build());
        assertThat(a.events()).singleElement().satisfies(f -> assertThat(name(a, f.actor())).isEqualTo("Russia"));
    }

    @Test
    void passesOverAnAsideBetweenDashesToTheClausesSubject() {
        StoryAnalysis a = analyse(article("a-1",
                "Syrian forces pressed on with their campaign – despite Russia's objections – and killed five Turkish soldiers.")
                .mentions(LOCATION, "Russia").mentions(NATIONALITY, "Syrian", "Turkish").build());
        Event fight = a.events().stream().filter(e -> e.action() == CameoCode.FIGHT).findFirst().orElseThrow();
        assertThat(name(a, fight.actor())).isEqualTo("Syria");
        assertThat(name(a, fight.target())).isEqualTo("Turkey");
    }

    @Test
    void readsNoEventFromAParticipleAfterAs() {
        StoryAnalysis a = analyse(article("a-1", "Russia said Turkey did not separate fighters from terrorists as agreed "
                + "in 2018, prompting Turkish Defence Minister Hulusi Akar to answer. Turkey and Russia agreed a truce.")
                .mentions(LOCATION, "Russia", "Turkey").mentions(NATIONALITY, "Turkish")
                .mentions(PERSON, "Hulusi Akar").build());
        assertThat(a.events()).singleElement().satisfies(e -> {
            assertThat(name(a, e.actor())).isEqualTo("Turkey");
            assertThat(e.evidence().get(0).span().start()).isGreaterThan(100);
        });
    }
}
