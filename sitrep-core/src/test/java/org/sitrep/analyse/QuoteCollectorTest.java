package org.sitrep.analyse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.fixtures.ArticleFixture.article;
import static org.sitrep.model.EntityType.ORGANIZATION;
import static org.sitrep.model.EntityType.PERSON;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.annotate.AnnotatedArticle;
import org.sitrep.annotate.AnnotatedArticleFixture;
import org.sitrep.annotate.MentionRefiner;
import org.sitrep.annotate.QuoteAttributor;
import org.sitrep.cluster.Story;

class QuoteCollectorTest {

    private final EntityResolver resolver = new EntityResolver(EntityResolverConfig.withCountries(new TestCountries()));

    private StoryAnalysis collect(AnnotatedArticle... articles) {
        return new QuoteCollector(new TestCountries()).apply(resolver.apply(StoryAnalysis.of(Story.of(List.of(articles)))));
    }

    private static List<String> speakers(StoryAnalysis a) {
        return a.quotes().stream().map(q -> q.speakerName() + (q.speaker() == null ? " (unresolved)" : "")).toList();
    }

    @Test
    void findsTheEntityThatATitledSurnameNamesInAnotherSource() {
        StoryAnalysis a = collect(
                article("a-1", "Chief executive Sølvi Ødegård watched the launch.").mentions(PERSON, "Sølvi Ødegård")
                        .build(),
                article("a-2", "Ms Ødegård has said the next flight could come in March.")
                        .quoteByName("the next flight could come in March", "Ms Ødegård", "said").build());
        assertThat(speakers(a)).containsExactly("Sølvi Ødegård");
    }

    @Test
    void leavesASurnameThatTwoPeopleShareUnresolved() {
        StoryAnalysis a = collect(
                article("a-1", "Anna Berg and Lars Berg founded the firm.").mentions(PERSON, "Anna Berg", "Lars Berg")
                        .build(),
                article("a-2", "Ms Berg said the firm would grow.")
                        .quoteByName("the firm would grow", "Ms Berg", "said").build());
        assertThat(speakers(a)).containsExactly("Ms Berg (unresolved)");
    }

    @Test
    void matchesAnOrganisationByItsNameAndShowsDescriptionsInOneCase() {
        StoryAnalysis a = collect(
                article("a-1", "The Trade Ministry in Oslo funds the site. The company said it would fly again.").mentions(ORGANIZATION, "Trade Ministry").build(),
                article("a-2", "The launch was delayed, the company said.")
                        .quoteByName("The launch was delayed", "the company", "said").build(),
                article("a-3", "The company said it would fly again.")
                        .quoteByName("it would fly again", "The company", "said").build(),
                article("a-4", "The Trade Ministry said the site was safe.")
                        .quoteByName("the site was safe", "The Trade Ministry", "said").build());
        assertThat(speakers(a)).containsExactly("the company (unresolved)", "the company (unresolved)",
                "Trade Ministry");
    }

    /** Who "The company said it would act." at the end of {@code text} is, with these organisations tagged. */
    private List<String> companySpeaker(String text, String... organisations) {
        return describedSpeaker("The company", text, organisations);
    }

    /** Who {@code speaker} in "SPEAKER said it would act." at the end of {@code text} is. */
    private List<String> describedSpeaker(String speaker, String text, String... organisations) {
        return speakers(collect(article("a-1", text + " " + speaker + " said it would act.")
                .mentions(ORGANIZATION, organisations).quoteByName("it would act", speaker, "said").build()));
    }

    @Test
    void givesTheCompanyToTheOneCompanyThatDominatesTheArticle() {
        assertThat(companySpeaker("The start-up Skarv Orbital reached orbit. Skarv Orbital had failed twice. An analyst "
                + "at Fjordvik Securities was upbeat.", "Skarv Orbital", "Fjordvik Securities"))
                .containsExactly("Skarv Orbital");
        assertThat(describedSpeaker("A company spokesman", "The start-up Skarv Orbital reached orbit. Skarv Orbital "
                + "had failed twice.", "Skarv Orbital")).containsExactly("Skarv Orbital");
        assertThat(describedSpeaker("A company", "The start-up Skarv Orbital reached orbit. Skarv Orbital had failed "
                + "twice.", "Skarv Orbital")).containsExactly("a company (unresolved)");
    }

    @Test
    void leavesTheCompanyUnresolvedWhenTwoCompaniesCompete() {
        assertThat(companySpeaker("Calvera Química SA sued Norte Energía SA. Norte Energía SA and Calvera Química SA "
                + "met in court.", "Calvera Química SA", "Norte Energía SA"))
                .containsExactly("the company (unresolved)");
    }

    @Test
    void givesTheAgencyToTheOnlyAgencyTheStoryNames() {
        StoryAnalysis a = collect(
                article("a-1", "The State Agency for Chemical Safety found corrosion at Calvera Química SA.")
                        .mentions(ORGANIZATION, "State Agency for Chemical Safety", "Calvera Química SA").build(),
                article("a-2", "Calvera Química SA and the Interior Ministry were criticised. The agency said the line "
                        + "was corroded. The ministry said it would review the case.")
                        .mentions(ORGANIZATION, "Calvera Química SA", "Interior Ministry")
                        .quoteByName("the line was corroded", "The agency", "said")
                        .quoteByName("it would review the case", "The ministry", "said").build(),
                article("a-3", "The Foreign Ministry summoned the ambassador.").mentions(ORGANIZATION, "Foreign Ministry")
                        .build());
        assertThat(speakers(a)).containsExactly("State Agency for Chemical Safety", "the ministry (unresolved)");
    }

    /** An article from tagged tokens with its mentions refined and its quotes attributed, as annotation gives it. */
    private static AnnotatedArticle attributed(String tagged) {
        return new QuoteAttributor().apply(new MentionRefiner().apply(AnnotatedArticleFixture.tagged(tagged, null)));
    }

    @Test
    void findsThePersonAnOfficeNamesByTheTitleAnotherSourceGivesThem() {
        StoryAnalysis a = collect(
                attributed("“/`` We/PRP made/VBD no/DT demands/NNS ,/, ”/'' Russia/NNP/LOCATION ’s/POS Foreign/NNP "
                        + "Minister/NNP ,/, Sergey/NNP/PERSON Lavrov/NNP/PERSON ,/, said/VBD ./. ¶ Turkish/JJ/MISC "
                        + "Foreign/NNP Minister/NNP Mevlut/NNP/PERSON Cavusoglu/NNP/PERSON arrived/VBD ./. ¶ "
                        + "Yasar/NNP/PERSON Yakis/NNP/PERSON ,/, a/DT former/JJ Turkish/JJ/MISC foreign/JJ minister/NN "
                        + ",/, agreed/VBD ./."),
                attributed("The/DT Russian/JJ/MISC foreign/JJ minister/NN said/VBD talks/NNS would/MD go/VB on/RP ./. ¶ "
                        + "The/DT Turkish/JJ/MISC foreign/JJ minister/NN said/VBD Ankara/NNP/LOCATION was/VBD ready/JJ ./. ¶ "
                        + "The/DT foreign/JJ minister/NN said/VBD the/DT talks/NNS were/VBD over/JJ ./. ¶ "
                        + "The/DT former/JJ foreign/JJ minister/NN said/VBD he/PRP was/VBD worried/JJ ./."));
        assertThat(speakers(a)).containsExactly("Sergey Lavrov", "Sergey Lavrov", "Mevlut Cavusoglu",
                "the foreign minister (unresolved)", "Yasar Yakis");
    }

    @Test
    void givesATitleHeldOfAPlaceItsOwnSpeakerNotThePlace() {
        StoryAnalysis a = collect(attributed("Young/JJ people/NNS need/VBP help/NN ,/, the/DT Prince/NNP/LOCATION "
                + "of/IN/LOCATION Wales/NNP/LOCATION has/VBZ warned/VBN ./. ¶ Prince/NNP/PERSON Charles/NNP/PERSON "
                + "spoke/VBD ./. ¶ The/DT prince/NN said/VBD the/DT trust/NN would/MD help/VB ./. ¶ "
                + "Wales/NNP/LOCATION voted/VBD ./."));
        assertThat(speakers(a)).containsExactly("Prince of Wales", "Charles");
        assertThat(a.entities().stream().filter(e -> e.name().equals("Prince of Wales")).findFirst().orElseThrow().type())
                .isEqualTo(PERSON);
    }
}
