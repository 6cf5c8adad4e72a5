package org.sitrep.analyse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.fixtures.ArticleFixture.article;
import static org.sitrep.model.EntityType.COUNTRY;
import static org.sitrep.model.EntityType.PERSON;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.annotate.AnnotatedArticle;
import org.sitrep.cluster.Story;
import org.sitrep.model.DateRange;

/**
 * Summary, headline and timeline on stories that are not what a newsroom would send: one article, a
 * great many, articles with no sentences, no dates. Each gives a sensible output or an empty
 * section, never an exception.
 */
class SummaryOnBadInputTest {

    private static StoryAnalysis analyse(List<AnnotatedArticle> articles, SummaryConfig config) {
        StoryAnalysis a = StoryAnalysis.of(Story.of(articles));
        CountryNames countries = new TestCountries();
        a = new EntityResolver(EntityResolverConfig.withCountries(countries)).apply(a);
        a = new ClaimAligner(ClaimAlignerConfig.withCountries(countries)).apply(a);
        a = new EventExtractor().apply(a);
        return written(a, config);
    }

    /** Only the analysers of this issue, for stories too large to resolve entities in a unit test. */
    private static StoryAnalysis written(StoryAnalysis a, SummaryConfig config) {
        a = new Summarizer(config).apply(a);
        a = new HeadlineWriter(config).apply(a);
        return new TimelineBuilder(TimelineConfig.defaults(), config, null).apply(a);
    }

    @Test
    void summarisesAStoryOfOneArticleFromItsOwnSentences() {
        AnnotatedArticle only = article("solo",
                "Turkey sent a delegation to Moscow on Monday for talks on the fighting in Idlib province. "
                        + "Officials from both countries met for four hours at the foreign ministry in Moscow. "
                        + "The delegation is expected to return to Ankara on Tuesday evening after the talks. "
                        + "No agreement on a ceasefire in the province was announced after the meeting ended.")
                .published("2020-02-17").mentions(COUNTRY, "Turkey").mentions(PERSON, "Idlib")
                .time("on Monday", DateRange.day(LocalDate.of(2020, 2, 17)))
                .time("on Tuesday", DateRange.day(LocalDate.of(2020, 2, 18))).build();
        StoryAnalysis a = analyse(List.of(only), SummaryConfig.defaults());
        assertThat(a.summary()).isNotEmpty().allMatch(s -> s.citations().size() == 1);
        assertThat(a.headline()).isNotNull();
        assertThat(a.timeline()).isNotEmpty();
    }

    @Test
    void givesEmptySectionsForArticlesWithNoSentences() {
        AnnotatedArticle empty = AnnotatedArticle.of(article("blank", " ").build().article());
        AnnotatedArticle alsoEmpty = AnnotatedArticle.of(article("blank-2", "\n\n").build().article());
        StoryAnalysis a = analyse(List.of(empty, alsoEmpty), SummaryConfig.defaults());
        assertThat(a.summary()).isEmpty();
        assertThat(a.headline()).isNull();
        assertThat(a.timeline()).isEmpty();
    }

    @Test
    void summarisesUndatedArticlesWithAnEmptyTimeline() {
        AnnotatedArticle one = article("u-1",
                "The river burst its banks after three days of heavy rain across the northern valley region. "
                        + "Rescue teams used boats to reach villages that the flood water had cut off.").build();
        AnnotatedArticle two = article("u-2",
                "Heavy rain for three days made the river burst its banks across the northern valley region. "
                        + "Schools in the valley stayed closed while engineers checked the bridges.").build();
        StoryAnalysis a = analyse(List.of(one, two), SummaryConfig.defaults());
        assertThat(a.summary()).isNotEmpty();
        assertThat(a.timeline()).isEmpty();
        CitedSentence rain = a.summary().stream().filter(s -> s.text().contains("burst")).findFirst().orElseThrow();
        assertThat(rain.citations()).extracting(c -> c.article().value()).containsExactlyInAnyOrder("u-1", "u-2");
    }

    @Test
    void boundsAStoryOfFiveThousandArticlesByPoolingLeadSentences() {
        List<AnnotatedArticle> articles = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            articles.add(article("many-" + i,
                    "Storm number " + i + " hit the coastal town of Port Avel on Monday, officials said. "
                            + "Power lines fell across " + (i % 40) + " streets and the harbour was closed to ships. "
                            + "The mayor said repairs to the sea wall would take several weeks to complete.")
                    .published("2021-03-0" + (1 + i % 9))
                    .time("on Monday", DateRange.day(LocalDate.of(2021, 3, 1))).build());
        }
        SummaryConfig config = SummaryConfig.defaults().withMaxCandidates(600);
        StoryAnalysis a = written(StoryAnalysis.of(Story.of(articles)), config);
        assertThat(a.summary()).isNotEmpty();
        assertThat(SentenceTrimmer.words(String.join(" ", a.summary().stream().map(CitedSentence::text).toList())))
                .isLessThanOrEqualTo(config.maxWords());
        assertThat(a.headline()).isNotNull();
        assertThat(a.timeline()).isNotEmpty().hasSizeLessThanOrEqualTo(TimelineConfig.defaults().maxEntries());
        // only lead sentences were pooled: nothing from the third sentence of any article
        assertThat(a.summary()).noneMatch(s -> s.text().contains("sea wall"));
    }

    @Test
    void keepsTheSummaryWithinFifteenPercentOfTheRequestedLength() {
        List<AnnotatedArticle> articles = new ArrayList<>();
        int n = 0;
        for (int i = 0; i < 6; i++) {
            StringBuilder text = new StringBuilder();
            for (int j = 0; j < 5; j++, n++) {
                // distinct places in every sentence, so no sentence restates another
                text.append("The crew from ").append(place(n, 0)).append(" repaired the ").append(place(n, 1))
                        .append(" bridge near ").append(place(n, 2)).append(" and cleared the ").append(place(n, 3))
                        .append(" road before the ").append(place(n, 4)).append(" convoy arrived. ");
            }
            articles.add(article("len-" + i, text.toString()).build());
        }
        for (int words : new int[] {60, 120, 200}) {
            StoryAnalysis a = written(StoryAnalysis.of(Story.of(articles)), SummaryConfig.forWords(words));
            int written = SentenceTrimmer.words(String.join(" ", a.summary().stream().map(CitedSentence::text).toList()));
            assertThat(written).as("summary of %d words", words).isBetween((int) (words * 0.85), (int) (words * 1.15));
        }
    }

    /** A made-up place name, different for every sentence and slot. */
    private static String place(int sentence, int slot) {
        int k = sentence * 5 + slot;
        return "Vel" + (char) ('a' + k % 26) + (char) ('a' + (k / 26) % 26) + "or";
    }

    @Test
    void compressesTrailingAttributionsAndLeadingConnectivesButNotQuotes() {
        assertThat(SentenceTrimmer.compress("However, the ferry sank near the harbour mouth, the coast guard said."))
                .isEqualTo("The ferry sank near the harbour mouth.");
        assertThat(SentenceTrimmer.compress("The plant will stay closed for a month, according to the ministry."))
                .isEqualTo("The plant will stay closed for a month.");
        String quoted = "\"We will rebuild the whole town,\" the mayor said.";
        assertThat(SentenceTrimmer.compress(quoted)).isEqualTo(quoted);
        // too little would be left
        assertThat(SentenceTrimmer.compress("It sank, officials said.")).isEqualTo("It sank, officials said.");
    }
}
