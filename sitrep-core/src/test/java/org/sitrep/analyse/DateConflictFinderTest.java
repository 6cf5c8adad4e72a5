package org.sitrep.analyse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.fixtures.ArticleFixture.article;
import static org.sitrep.model.EntityType.COUNTRY;
import static org.sitrep.model.EntityType.NATIONALITY;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.annotate.AnnotatedArticle;
import org.sitrep.cluster.Story;
import org.sitrep.model.DateRange;

class DateConflictFinderTest {

    private final CountryNames countries = new TestCountries();

    private StoryAnalysis analyse(AnnotatedArticle... articles) {
        StoryAnalysis a = StoryAnalysis.of(Story.of(List.of(articles)));
        a = new EntityResolver(EntityResolverConfig.withCountries(countries)).apply(a);
        a = new EventExtractor().apply(new GroupActorFinder(countries).apply(a));
        return new DateConflictFinder().apply(a);
    }

    private final AnnotatedArticle in2018 = article("a-1",
            "Turkey and Russia reached a de-escalation agreement for the province in 2018.").publisher("One")
            .mentions(COUNTRY, "Turkey", "Russia").time("in 2018", DateRange.year(2018)).build();
    private final AnnotatedArticle lastAugust = article("a-2",
            "Turkey and Russia hashed out a de-escalation agreement last August.").publisher("Two")
            .published("2020-02-20").mentions(COUNTRY, "Turkey", "Russia")
            .time("last August", DateRange.month(YearMonth.of(2019, 8))).build();

    @Test
    void flagsOneAgreementDatedDifferentlyBySources() {
        List<DateConflict> conflicts = analyse(in2018, lastAugust).dateConflicts();
        assertThat(conflicts).hasSize(1);
        DateConflict c = conflicts.get(0);
        assertThat(c.verdict()).isEqualTo(Verdict.DISAGREE);
        assertThat(c.subject()).startsWith("agreement").contains("de-escalation");
        assertThat(c.dates()).extracting(d -> d.date().iso()).containsExactlyInAnyOrder("2018", "2019-08");
        assertThat(c.explanation()).contains("One “in 2018” (2018)", "Two “last August” (2019-08)");
    }

    @Test
    void callsAFinerDateInsideACoarserOneCompatible() {
        AnnotatedArticle september = article("a-3",
                "Turkey and Russia signed the de-escalation agreement in September 2018.").publisher("Three")
                .mentions(COUNTRY, "Turkey", "Russia")
                .time("in September 2018", DateRange.month(YearMonth.of(2018, 9))).build();
        DateConflict c = analyse(in2018, september).dateConflicts().get(0);
        assertThat(c.verdict()).isEqualTo(Verdict.COMPATIBLE);
    }

    @Test
    void doesNotTakeTheDateOfSomethingElseOrANewDeal() {
        AnnotatedArticle other = article("a-4",
                "Russia and Turkey failed to reach a new de-escalation deal, Moscow said on Wednesday. "
                        + "The agreement on grain, which Turkey and Russia praised, collapsed after talks ended in December.")
                .mentions(COUNTRY, "Turkey", "Russia").mentions(NATIONALITY, "Moscow")
                .time("on Wednesday", DateRange.day(LocalDate.of(2020, 2, 19)))
                .time("in December", DateRange.month(YearMonth.of(2019, 12))).build();
        assertThat(analyse(in2018, other).dateConflicts()).isEmpty();
    }

    @Test
    void flagsOneEventReportedWithDifferentDates() {
        AnnotatedArticle one = article("a-5", "Syrian forces shelled Turkish posts near Saraqeb on Monday.")
                .mentions(NATIONALITY, "Syrian", "Turkish").time("on Monday", DateRange.day(LocalDate.of(2020, 2, 10)))
                .publisher("Five").build();
        AnnotatedArticle two = article("a-6", "Syrian forces shelled Turkish posts near Saraqeb on Tuesday.")
                .mentions(NATIONALITY, "Syrian", "Turkish").time("on Tuesday", DateRange.day(LocalDate.of(2020, 2, 11)))
                .publisher("Six").build();
        List<DateConflict> conflicts = analyse(one, two).dateConflicts();
        assertThat(conflicts).hasSize(1);
        assertThat(conflicts.get(0).dates()).extracting(d -> d.date().iso())
                .containsExactlyInAnyOrder("2020-02-10", "2020-02-11");
    }
}
