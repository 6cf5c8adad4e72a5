package org.sitrep.analyse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.fixtures.ArticleFixture.article;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.annotate.AnnotatedArticle;
import org.sitrep.annotate.Qualifier;
import org.sitrep.cluster.Story;
import org.sitrep.model.ArticleId;

class ClaimAlignerTest {

    private final ClaimAligner aligner = new ClaimAligner(ClaimAlignerConfig.withCountries(new TestCountries()));

    private static final double INF = Double.POSITIVE_INFINITY;

    private final AnnotatedArticle wire = article("a-1",
            "Fighters who killed 14 Turks earlier this month refused to pull back.")
            .published("2020-02-17").publisher("Wire One").count("14 Turks", 14, "Turks", "Turk").build();
    private final AnnotatedArticle daily = article("a-2",
            "The advance came after 13 Turkish soldiers were killed in the region. "
                    + "Troops were stationed there after eight of its soldiers were killed by shelling. "
                    + "A second attack killed five more troops.")
            .published("2020-02-18").publisher("Daily Two")
            .count("13 Turkish soldiers", 13, "Turkish soldiers", "soldier")
            .count("eight", 8, "soldiers", "soldier")
            .count("five more troops", 5, "troops", "troop").build();
    private final AnnotatedArticle weekly = article("a-3",
            "Government forces killed more than a dozen Turkish soldiers in two attacks. "
                    + "They killed five soldiers in their second attack.")
            .published("2020-02-15").publisher("Weekly Three")
            .quantity("more than a dozen", 12, 12, INF, Qualifier.MORE_THAN, "Turkish soldiers", "soldier")
            .count("five soldiers", 5, "soldiers", "soldier").build();

    private List<ClaimGroup> align(Story story) {
        return aligner.apply(StoryAnalysis.of(story)).claims();
    }

    private static ClaimGroup withValues(List<ClaimGroup> groups, int n, double anyValue) {
        return groups.stream()
                .filter(g -> g.values().size() == n && g.values().stream().anyMatch(v -> v.value() == anyValue))
                .findFirst().orElseThrow(() -> new AssertionError("no group of " + n + " with " + anyValue + ": " + groups));
    }

    @Test
    void groupsDifferingDeathTollsAcrossSourcesAsADisagreement() {
        List<ClaimGroup> groups = align(Story.of(List.of(weekly, wire, daily)));
        ClaimGroup toll = withValues(groups, 3, 14);
        assertThat(toll.verdict()).isEqualTo(Verdict.DISAGREE);
        assertThat(toll.values()).extracting(ClaimValue::value).containsExactlyInAnyOrder(14.0, 13.0, 12.0);
        assertThat(toll.quantity()).contains("soldiers").contains("killed");
        assertThat(toll.explanation()).contains("Wire One", "Daily Two", "Range 13–14", "most conservative 13",
                "latest report (Daily Two, 2020-02-18): 13", "different groups");
        assertThat(groups.get(0)).isSameAs(toll);
    }

    @Test
    void keepsPartsOfATotalApartAndMatchesThemAcrossSources() {
        List<ClaimGroup> groups = align(Story.of(List.of(weekly, wire, daily)));
        ClaimGroup secondAttack = withValues(groups, 2, 5);
        assertThat(secondAttack.verdict()).isEqualTo(Verdict.AGREE);
        ClaimGroup firstAttack = withValues(groups, 1, 8);
        assertThat(firstAttack.verdict()).isEqualTo(Verdict.SINGLE);
        assertThat(firstAttack.explanation()).startsWith("Only Daily Two gives this figure: “eight of its soldiers”");
    }

    @Test
    void callsAnOpenBoundAndAnExactFigureThatFitsItCompatible() {
        List<ClaimGroup> groups = align(Story.of(List.of(weekly, daily)));
        ClaimGroup toll = withValues(groups, 2, 13);
        assertThat(toll.verdict()).isEqualTo(Verdict.COMPATIBLE);
        assertThat(toll.values()).extracting(ClaimValue::high).contains(INF);
    }

    @Test
    void countsASyndicatedCopyAsTheSameSource() {
        AnnotatedArticle copy = article("a-4", "Fighters who killed 14 Turks earlier this month would not pull back.")
                .published("2020-02-17").publisher("Reprint Four").count("14 Turks", 14, "Turks", "Turk").build();
        Story story = new Story(Story.of(List.of(wire, copy)).id(), List.of(wire, copy),
                Map.of(new ArticleId("a-4"), new ArticleId("a-1")));
        ClaimGroup toll = align(story).get(0);
        assertThat(toll.values()).hasSize(2);
        assertThat(toll.verdict()).isEqualTo(Verdict.SINGLE);
        assertThat(toll.explanation()).contains("repeated by its copy in Reprint Four");
    }

    @Test
    void doesNotCompareCountsOfDifferentThings() {
        AnnotatedArticle towns = article("a-5", "Forces captured 12 towns and 40 villages.").published("2020-02-18")
                .count("12 towns", 12, "towns", "town").count("40 villages", 40, "villages", "village").build();
        List<ClaimGroup> groups = align(Story.of(List.of(wire, towns)));
        assertThat(groups).hasSize(3).allMatch(g -> g.verdict() == Verdict.SINGLE);
    }

    @Test
    void leavesDurationsOut() {
        AnnotatedArticle war = article("a-6", "After nearly 10 years of war the talks began.").published("2020-02-18")
                .quantity("nearly 10 years", 10, 9, 10, Qualifier.NEARLY, "years", "year").build();
        assertThat(align(Story.of(List.of(war)))).isEmpty();
    }

    @Test
    void saysWhenASourcesPartsAddUpToItsTotal() {
        ClaimGroup toll = withValues(align(Story.of(List.of(weekly, wire, daily))), 3, 14);
        assertThat(toll.explanation()).contains("Daily Two gives 13 as 8 + 5.");
    }

    @Test
    void callsAPartOfAnotherSourcesTotalCompatible() {
        AnnotatedArticle oneAttack = article("a-7", "Syrian shelling killed eight Turkish soldiers on the first day.")
                .published("2020-02-19").publisher("Gazette Seven")
                .count("eight Turkish soldiers", 8, "Turkish soldiers", "soldier").build();
        ClaimGroup toll = withValues(align(Story.of(List.of(daily, oneAttack))), 2, 13);
        assertThat(toll.values()).extracting(ClaimValue::value).containsExactlyInAnyOrder(13.0, 8.0);
        assertThat(toll.verdict()).isEqualTo(Verdict.COMPATIBLE);
    }

    @Test
    void explainsWhyALookAlikeCountIsNotComparedInsteadOfCallingItADisagreement() {
        AnnotatedArticle war = article("a-8", "The war has killed 400,000 people since it began.")
                .published("2020-02-18").publisher("Review Eight")
                .count("400,000 people", 400000, "people", "people").build();
        List<ClaimGroup> groups = align(Story.of(List.of(wire, war)));
        assertThat(groups).noneMatch(g -> g.verdict() == Verdict.DISAGREE);
        ClaimGroup total = withValues(groups, 1, 400000);
        assertThat(total.explanation()).contains("Not compared with Wire One “14 Turks”", "another order");
    }

    @Test
    void namesDifferentSourcesOfTheFigureAsAReason() {
        AnnotatedArticle one = article("a-9", "The ferry sank, killing 31 people, the coast guard said.")
                .published("2025-06-09").publisher("Harbour").count("31 people", 31, "people", "people")
                .quote("The ferry sank, killing 31 people", "the coast guard", "said").build();
        AnnotatedArticle two = article("a-10", "The sinking killed 34 people, according to the provincial governor.")
                .published("2025-06-09").publisher("Courier").count("34 people", 34, "people", "people").build();
        ClaimGroup toll = withValues(align(Story.of(List.of(one, two))), 2, 31);
        assertThat(toll.verdict()).isEqualTo(Verdict.DISAGREE);
        assertThat(toll.values()).extracting(ClaimValue::speaker)
                .containsExactlyInAnyOrder("the coast guard", "the provincial governor");
        assertThat(toll.explanation()).contains("different sources of the figure (the coast guard vs the provincial governor)");
    }

    private final ClaimAligner withAnimacy = new ClaimAligner(ClaimAlignerConfig.withCountries(new TestCountries())
            .withAnimacy(NounAnimacy.of(java.util.Set.of("hostage", "hostages"), java.util.Set.of("satellite", "satellites"))));

    @Test
    void readsNoOneDetainedWhereThingsAreReleasedButKeepsTheOutcomeForPeople() {
        AnnotatedArticle launch = article("a-11", "The rocket released five satellites into orbit.")
                .published("2026-02-12").publisher("Launch News").count("five satellites", 5, "satellites", "satellite")
                .build();
        AnnotatedArticle raid = article("a-12", "Militants released five hostages on Monday.")
                .published("2026-02-12").publisher("Raid News").count("five hostages", 5, "hostages", "hostage").build();
        List<ClaimGroup> groups = withAnimacy.apply(StoryAnalysis.of(Story.of(List.of(launch, raid)))).claims();
        assertThat(groups).extracting(g -> g.counted().outcome()).containsExactlyInAnyOrder("", "detained");
        assertThat(groups).filteredOn(g -> g.counted().outcome().isEmpty()).singleElement()
                .satisfies(g -> assertThat(g.quantity()).isEqualTo("satellites"));
        // without knowing what a satellite is, the old reading stays: both counts are of people detained
        assertThat(align(Story.of(List.of(launch, raid)))).extracting(g -> g.counted().outcome())
                .containsOnly("detained");
    }

    @Test
    void readsThreeOfTheSatellitesAsAPartOfThemNotAsAnotherCount() {
        AnnotatedArticle part = article("a-13", "Three of the satellites belong to a fishing company.")
                .published("2026-02-12").publisher("Part News").count("Three", 3, "satellites", "satellite").build();
        AnnotatedArticle whole = article("a-14", "The rocket put five satellites into orbit.")
                .published("2026-02-13").publisher("Whole News").count("five satellites", 5, "satellites", "satellite")
                .build();
        ClaimGroup satellites = withValues(align(Story.of(List.of(part, whole))), 2, 5);
        assertThat(satellites.verdict()).isEqualTo(Verdict.COMPATIBLE);
        assertThat(satellites.values()).filteredOn(v -> v.value() == 3).singleElement()
                .satisfies(v -> assertThat(v.high()).isEqualTo(INF));
    }

    @Test
    void dropsAPartNextToItsWholeInTheSameArticle() {
        AnnotatedArticle both = article("a-15", "The rocket put five satellites into orbit. "
                + "Three of the satellites belong to a fishing company.")
                .published("2026-02-12").publisher("Both News").count("five satellites", 5, "satellites", "satellite")
                .count("Three", 3, "satellites", "satellite").build();
        List<ClaimGroup> groups = align(Story.of(List.of(both)));
        assertThat(groups).flatExtracting(ClaimGroup::values).extracting(ClaimValue::value).containsExactly(5.0);
    }

    private static AnnotatedArticle tagged(String tagged) {
        return new org.sitrep.annotate.QuantityExtractor().apply(
                org.sitrep.annotate.AnnotatedArticleFixture.tagged(tagged, java.time.LocalDate.of(2026, 3, 1)));
    }

    @Test
    void comparesFiguresWithAUnitAndNoCountedNounOnlyWhenTheWordsAroundThemShareOne() {
        AnnotatedArticle seven = tagged("Inflation/NN rose/VBD to/TO 7/CD ~%/NN in/IN March/NNP ./.");
        AnnotatedArticle nine = tagged("Annual/JJ inflation/NN reached/VBD 9/CD ~%/NN ,/, the/DT bank/NN said/VBD ./.");
        AnnotatedArticle jobless = tagged("Unemployment/NN fell/VBD to/TO 8/CD ~%/NN ./.");
        List<ClaimGroup> inflation = align(Story.of(List.of(seven, nine)));
        assertThat(inflation).singleElement().satisfies(g -> assertThat(g.verdict()).isEqualTo(Verdict.DISAGREE));
        List<ClaimGroup> apart = align(Story.of(List.of(seven, jobless)));
        assertThat(apart).hasSize(2).allSatisfy(g -> assertThat(g.verdict()).isEqualTo(Verdict.SINGLE));
    }
}
