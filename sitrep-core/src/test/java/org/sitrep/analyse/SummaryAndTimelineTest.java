package org.sitrep.analyse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.fixtures.ArticleFixture.article;
import static org.sitrep.model.EntityType.COUNTRY;
import static org.sitrep.model.EntityType.NATIONALITY;
import static org.sitrep.model.EntityType.PERSON;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.annotate.AnnotatedArticle;
import org.sitrep.cluster.Story;
import org.sitrep.model.Citation;
import org.sitrep.model.DateRange;
import org.sitrep.text.Folding;

class SummaryAndTimelineTest {

    private static final DateRange MONDAY = DateRange.day(LocalDate.of(2020, 2, 17));
    private static final DateRange SATURDAY = DateRange.day(LocalDate.of(2020, 2, 15));

    private final AnnotatedArticle one = article("a-1",
            "MOSCOW (Wire One) -- Turkish and Russian officials held talks in Moscow on Monday to ease the crisis in Idlib. "
                    + "Turkey wants Syrian forces to pull back from its observation posts in the province. "
                    + "Syrian fighters killed 14 Turks earlier this month, prompting Turkey to mass troops on the border. "
                    + "The talks ended without an agreement, a Turkish diplomat said.")
            .published("2020-02-18").publisher("Wire One")
            .mentions(NATIONALITY, "Turkish", "Russian", "Syrian").mentions(COUNTRY, "Turkey")
            .time("on Monday", MONDAY).time("earlier this month", DateRange.month(java.time.YearMonth.of(2020, 2)))
            .count("14 Turks", 14, "Turks", "Turk").build();
    private final AnnotatedArticle two = article("a-2",
            "Turkish and Russian officials held a second round of talks in Moscow on Monday on the crisis in Idlib. "
                    + "The talks came after 13 Turkish soldiers were killed by Syrian shelling in the region. "
                    + "Russian Foreign Minister Sergey Lavrov said victory over terrorists in Idlib was inevitable.")
            .published("2020-02-18").publisher("Daily Two")
            .mentions(PERSON, "Sergey Lavrov").mentions(NATIONALITY, "Turkish", "Russian", "Syrian")
            .time("on Monday", MONDAY).count("13 Turkish soldiers", 13, "Turkish soldiers", "soldier").build();
    private final AnnotatedArticle three = article("a-3",
            "Turkey will send a delegation to Russia for talks on the escalation in Idlib, its foreign minister said. "
                    + "Sergey Lavrov met his Turkish counterpart in Munich on Saturday and called the meeting positive. "
                    + "The Russian foreign minister, Sergey Lavrov, said victory over terrorists in Idlib was inevitable.")
            .published("2020-02-15").publisher("Weekly Three")
            .mentions(PERSON, "Sergey Lavrov", "Lavrov").mentions(COUNTRY, "Turkey", "Russia")
            .mentions(NATIONALITY, "Turkish").time("on Saturday", SATURDAY).build();

    private StoryAnalysis analyse() {
        StoryAnalysis a = StoryAnalysis.of(Story.of(List.of(three, one, two)));
        CountryNames countries = new TestCountries();
        a = new EntityResolver(EntityResolverConfig.withCountries(countries)).apply(a);
        a = new ClaimAligner(ClaimAlignerConfig.withCountries(countries)).apply(a);
        a = new EventExtractor().apply(a);
        a = new Summarizer(SummaryConfig.defaults()).apply(a);
        a = new HeadlineWriter(SummaryConfig.defaults()).apply(a);
        return new TimelineBuilder(TimelineConfig.defaults()).apply(a);
    }

    private static String cited(StoryAnalysis a, Citation c) {
        return c.span().of(a.story().article(c.article()).text());
    }

    @Test
    void summaryCitesEverySourceThatStatesASentence() {
        StoryAnalysis a = analyse();
        assertThat(a.summary()).hasSizeBetween(3, 5);
        for (CitedSentence s : a.summary()) {
            String own = cited(a, s.citations().get(0));
            assertThat(Folding.fold(s.text())).contains(Folding.fold(SentenceTrimmer.trim(own)).substring(0, 20));
        }
        CitedSentence lavrov = a.summary().stream().filter(s -> s.text().contains("inevitable")).findFirst().orElseThrow();
        assertThat(lavrov.citations()).extracting(c -> c.article().value()).containsExactlyInAnyOrder("a-2", "a-3");
    }

    @Test
    void everySentenceCarryingADisputedFigureSaysSo() {
        StoryAnalysis a = analyse();
        assertThat(a.claims().get(0).verdict()).isEqualTo(Verdict.DISAGREE);
        List<String> written = new java.util.ArrayList<>();
        a.summary().forEach(s -> written.add(s.text()));
        written.add(a.headline().text());
        a.timeline().forEach(t -> written.add(t.text()));
        List<String> withToll = written.stream()
                .filter(s -> s.contains("14 Turks") || s.contains("13 Turkish soldiers")).toList();
        assertThat(withToll).isNotEmpty()
                .allMatch(s -> s.contains("[sources differ on Turkish soldiers killed: 13–14]"));
        assertThat(a.summary()).allMatch(s -> s.disputed() == s.text().contains("[sources differ"));
    }

    @Test
    void summaryDoesNotRepeatWhatAnotherSourceSaid() {
        StoryAnalysis a = analyse();
        assertThat(a.summary()).filteredOn(s -> s.text().contains("inevitable")).hasSize(1);
        assertThat(a.summary()).filteredOn(s -> s.text().contains("held") && s.text().contains("talks")).hasSize(1);
    }

    @Test
    void headlineIsOneShortCitedSentenceWithoutDateline() {
        StoryAnalysis a = analyse();
        assertThat(a.headline()).isNotNull();
        assertThat(SentenceTrimmer.words(a.headline().text())).isLessThanOrEqualTo(40);
        assertThat(a.headline().text()).doesNotStartWith("MOSCOW").doesNotContain("(Wire One)");
        assertThat(a.headline().citations()).isNotEmpty();
    }

    @Test
    void timelineMergesReportsOfOneDayAcrossSourcesInDateOrder() {
        StoryAnalysis a = analyse();
        List<TimelineEntry> t = a.timeline();
        assertThat(t).extracting(TimelineEntry::date).isSorted();
        TimelineEntry monday = t.stream().filter(e -> e.date().equals(MONDAY)).findFirst().orElseThrow();
        assertThat(monday.citations()).extracting(c -> c.article().value()).contains("a-1", "a-2");
        assertThat(t).anyMatch(e -> e.date().equals(SATURDAY));
    }

    @Test
    void producesTheSameAnalysisTwice() {
        assertThat(analyse()).isEqualTo(analyse());
    }
}
