package org.sitrep.analyse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.fixtures.ArticleFixture.article;
import static org.sitrep.model.EntityType.COUNTRY;
import static org.sitrep.model.EntityType.ORGANIZATION;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.annotate.AnnotatedArticle;
import org.sitrep.cluster.Story;

class RecurringClaimFinderTest {

    private final ClaimAligner aligner = new ClaimAligner(ClaimAlignerConfig.withCountries(new TestCountries()));

    private final EntityResolver resolver = new EntityResolver(EntityResolverConfig.withCountries(new TestCountries()));

    private StoryAnalysis story(AnnotatedArticle a) {
        return aligner.apply(resolver.apply(StoryAnalysis.of(Story.of(List.of(a)))));
    }

    @Test
    void findsAFigureTwoStoriesShare() {
        StoryAnalysis talks = story(article("a-1", "Turkey shelters 3.6 million Syrian refugees.").publisher("One")
                .mentions(COUNTRY, "Turkey")
                .quantity("3.6 million Syrian refugees", 3.6e6, 3.6e6, 3.6e6, org.sitrep.annotate.Qualifier.EXACT,
                        "Syrian refugees", "refugee").build());
        StoryAnalysis summit = story(article("a-2", "Turkey already hosts 3.6 million Syrians.").publisher("Two")
                .mentions(COUNTRY, "Turkey")
                .quantity("3.6 million Syrians", 3.6e6, 3.6e6, 3.6e6, org.sitrep.annotate.Qualifier.EXACT, "Syrians",
                        "Syrian").build());
        List<RecurringClaim> recurring = new RecurringClaimFinder().find(List.of(talks, summit));
        assertThat(recurring).hasSize(1);
        assertThat(recurring.get(0).verdict()).isEqualTo(Verdict.AGREE);
        assertThat(recurring.get(0).explanation()).contains("One “3.6 million Syrian refugees”", "Two “3.6 million Syrians”");
    }

    @Test
    void doesNotCallDifferentFiguresAcrossStoriesAConflict() {
        StoryAnalysis before = story(article("a-3", "The war has displaced 800,000 people.").publisher("One")
                .count("800,000 people", 8e5, "people", "people").build());
        StoryAnalysis after = story(article("a-4", "The war has displaced 900,000 people.").publisher("Two")
                .count("900,000 people", 9e5, "people", "people").build());
        assertThat(new RecurringClaimFinder().find(List.of(before, after))).isEmpty();
    }

    @Test
    void doesNotCallAFigureSharedByStoriesWithNoActorInCommonRecurring() {
        StoryAnalysis email = story(article("a-9", "Mailchimp raised its plan to 50 percent of users.").publisher("One")
                .mention("Mailchimp", ORGANIZATION).quantity("50 percent", 50, 50, 50,
                        org.sitrep.annotate.Qualifier.EXACT, "percent of users", "user").build());
        StoryAnalysis bikes = story(article("a-10", "Shimano said 50 percent of users ride daily.").publisher("Two")
                .mention("Shimano", ORGANIZATION).quantity("50 percent", 50, 50, 50,
                        org.sitrep.annotate.Qualifier.EXACT, "percent of users", "user").build());
        StoryAnalysis moreEmail = story(article("a-11", "At Mailchimp, 50 percent of users opened it.").publisher("Three")
                .mention("Mailchimp", ORGANIZATION).quantity("50 percent", 50, 50, 50,
                        org.sitrep.annotate.Qualifier.EXACT, "percent of users", "user").build());
        assertThat(StoryFigures.of(email).groups()).hasSize(1);
        assertThat(new RecurringClaimFinder().find(List.of(email, bikes))).isEmpty();
        List<RecurringClaim> shared = new RecurringClaimFinder().find(List.of(email, bikes, moreEmail));
        assertThat(shared).singleElement().satisfies(r -> assertThat(r.stories())
                .containsExactly(email.story().id(), moreEmail.story().id()));
    }

    private StoryAnalysis refugees(String id, String day, String publisher) {
        return story(article(id, "Turkey hosts 3.6 million Syrian refugees.").publisher(publisher).published(day)
                .mentions(COUNTRY, "Turkey")
                .quantity("3.6 million Syrian refugees", 3.6e6, 3.6e6, 3.6e6, org.sitrep.annotate.Qualifier.EXACT,
                        "Syrian refugees", "refugee").build());
    }

    @Test
    void listsStoriesInReportOrderWhateverOrderTheyArriveIn() {
        StoryAnalysis march = refugees("a-5", "2020-03-01", "March");
        StoryAnalysis january = refugees("a-6", "2020-01-10", "January");
        StoryAnalysis june = refugees("a-7", "2020-06-20", "June");
        RecurringClaimFinder finder = new RecurringClaimFinder();
        List<RecurringClaim> inOrder = finder.find(List.of(january, march, june));
        assertThat(inOrder).hasSize(1);
        assertThat(inOrder.get(0).stories()).containsExactly(january.story().id(), march.story().id(),
                june.story().id());
        assertThat(inOrder.get(0).explanation()).contains("3 stories: January");
        assertThat(finder.find(List.of(june, january, march))).isEqualTo(inOrder);
        List<StoryFigures> figures = List.of(StoryFigures.of(march), StoryFigures.of(june), StoryFigures.of(january));
        assertThat(finder.findAmong(figures)).isEqualTo(inOrder);
    }

    @Test
    void keepsAStorysComparableGroupsWithTheirSourcesAndItsPlaceInTheReport() {
        StoryFigures figures = StoryFigures.of(refugees("a-8", "2020-03-01", "Daily"));
        assertThat(figures.groups()).hasSize(1);
        assertThat(figures.sources()).containsValue("Daily");
        assertThat(figures.order().firstPublished().iso()).isEqualTo("2020-03-01");
    }
}
