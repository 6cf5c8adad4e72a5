package org.sitrep.annotate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Capability;
import org.sitrep.model.EntityType;
import org.sitrep.model.Span;

class MentionRefinerTest {

    private final MentionRefiner refiner = new MentionRefiner();

    private List<Mention> refine(String tagged) {
        return refiner.apply(AnnotatedArticleFixture.tagged(tagged, null)).mentions();
    }

    @Test
    void extendsAPersonOverNamePartsTheTaggerLeftOutButNotOverTitles() {
        List<Mention> m = refine("a/DT call/NN between/IN Presidents/NNS Recep/NNP Tayyip/NNP/PERSON "
                + "Erdoğan/NNP/PERSON and/CC Vladimir/NNP/PERSON Putin/NNP/PERSON failed/VBD ./.");
        assertThat(m).extracting(Mention::text, Mention::type).containsExactly(
                tuple("Recep Tayyip Erdoğan", EntityType.PERSON), tuple("Vladimir Putin", EntityType.PERSON));
    }

    @Test
    void neverSwallowsTitlesOrPageLabels() {
        assertThat(refine("led/VBN by/IN Deputy/NNP Foreign/NNP Minister/NNP Sedat/NNP Onal/NNP/PERSON ./."))
                .extracting(Mention::text).containsExactly("Sedat Onal");
        assertThat(refine("Mr/NNP Lavrov/NNP/PERSON said/VBD ./.")).extracting(Mention::text).containsExactly("Lavrov");
    }

    @Test
    void takesNameParticlesJoinedByHyphens() {
        assertThat(refine("President/NNP Bashar/NNP al/NNP ~-/HYPH ~Assad/NNP/PERSON spoke/VBD ./."))
                .extracting(Mention::text).containsExactly("Bashar al-Assad");
    }

    @Test
    void mergesANameSplitInTwo() {
        assertThat(refine("Recep/NNP/PERSON Tayyip/NNP/O Erdogan/NNP/PERSON spoke/VBD ./."))
                .extracting(Mention::text).containsExactly("Recep Tayyip Erdogan");
    }

    @Test
    void doesNotExtendNamesInTitleCaseHeadlines() {
        assertThat(refine("Turkey/NNP/LOCATION ~’s/POS Erdogan/NNP/PERSON Presses/NNP Russia/NNP/LOCATION "
                + "~’s/POS Putin/NNP/PERSON to/TO Halt/NNP Syria/NNP/LOCATION Assault/NNP"))
                .filteredOn(x -> x.type() == EntityType.PERSON).extracting(Mention::text)
                .containsExactly("Erdogan", "Putin");
    }

    @Test
    void typesPlacesDemonymsAndSeatsWithTheGazetteer() {
        List<Mention> m = refine("Ankara/NNP/LOCATION ,/, Turkey/NNP/LOCATION ,/, Turkish/JJ/MISC troops/NNS "
                + "and/CC the/DT Kremlin/NNP/LOCATION and/CC Idlib/NNP/LOCATION and/CC Narnia/NNP/LOCATION ./.");
        assertThat(m).extracting(Mention::text, Mention::type).containsExactly(
                tuple("Ankara", EntityType.CITY), tuple("Turkey", EntityType.COUNTRY),
                tuple("Turkish", EntityType.NATIONALITY), tuple("Kremlin", EntityType.ORGANIZATION),
                tuple("Idlib", EntityType.CITY), tuple("Narnia", EntityType.LOCATION));
    }

    @Test
    void splitsHyphenCompoundsIntoTheirNames() {
        assertThat(refine("Russian/JJ/MISC ~-/HYPH/MISC ~Turkish/JJ/MISC talks/NNS ./."))
                .extracting(Mention::text, Mention::type).containsExactly(
                        tuple("Russian", EntityType.NATIONALITY), tuple("Turkish", EntityType.NATIONALITY));
        assertThat(refine("the/DT Al/NNP/ORGANIZATION Qaeda/NNP/ORGANIZATION ~-/HYPH/ORGANIZATION "
                + "~linked/JJ/ORGANIZATION Hayat/NNP/ORGANIZATION Tahrir/NNP/ORGANIZATION ./."))
                .extracting(Mention::text).containsExactly("Al Qaeda", "Hayat Tahrir");
        assertThat(refine("Guinea/NNP/LOCATION ~-/HYPH/LOCATION ~Bissau/NNP/LOCATION voted/VBD ./."))
                .extracting(Mention::text).containsExactly("Guinea-Bissau");
    }

    @Test
    void splitsTwoGazetteerNamesRunTogether() {
        assertThat(refine("according/VBG to/TO the/DT U.N./NNP/ORGANIZATION Turkey/NNP/ORGANIZATION ,/, which/WDT"))
                .extracting(Mention::text, Mention::type).containsExactly(
                        tuple("U.N.", EntityType.ORGANIZATION), tuple("Turkey", EntityType.COUNTRY));
    }

    @Test
    void addsAcronymsDefinedInBracketsOrSpelledByAnEarlierName() {
        List<Mention> m = refine("Hayat/NNP/PERSON Tahrir/NNP/PERSON al/NNP/PERSON ~-/HYPH/PERSON ~Sham/NNP/PERSON "
                + "(/-LRB- ~HTS/NNP ~)/-RRB- holds/VBZ Idlib/NNP/LOCATION ./. HTS/NNP denied/VBD it/PRP ./. "
                + "The/DT Islamic/NNP/ORGANIZATION Revolutionary/NNP/ORGANIZATION Guard/NNP/ORGANIZATION "
                + "Corps/NNP/ORGANIZATION sent/VBD advisers/NNS ./. The/DT IRGC/NNP agreed/VBD ./. The/DT ABC/NNP left/VBD ./.");
        assertThat(m).extracting(Mention::text, Mention::type).containsExactly(
                tuple("Hayat Tahrir al-Sham", EntityType.ORGANIZATION), tuple("HTS", EntityType.ORGANIZATION),
                tuple("Idlib", EntityType.CITY), tuple("HTS", EntityType.ORGANIZATION),
                tuple("Islamic Revolutionary Guard Corps", EntityType.ORGANIZATION),
                tuple("IRGC", EntityType.ORGANIZATION));
    }

    @Test
    void takesAnAcronymInBracketsAfterAnOrganisationWhateverItsLettersAndRetypesItWhereItStandsAlone() {
        List<Mention> m = refine("AESQ/NNP/PERSON warned/VBD ./. The/DT State/NNP/ORGANIZATION Agency/NNP/ORGANIZATION "
                + "for/IN/ORGANIZATION Chemical/NNP/ORGANIZATION Safety/NNP/ORGANIZATION (/-LRB- ~AESQ/NNP ~)/-RRB- "
                + "acted/VBD ./. AESQ/NNP/PERSON said/VBD it/PRP acted/VBD ./. Walid/NNP/PERSON Haddad/NNP/PERSON "
                + "(/-LRB- ~CEO/NNP ~)/-RRB- left/VBD ./.");
        assertThat(m).extracting(Mention::text, Mention::type).containsExactly(
                tuple("AESQ", EntityType.ORGANIZATION), tuple("State Agency for Chemical Safety", EntityType.ORGANIZATION),
                tuple("AESQ", EntityType.ORGANIZATION), tuple("AESQ", EntityType.ORGANIZATION),
                tuple("Walid Haddad", EntityType.PERSON));
    }

    @Test
    void addsOrganisationNamesAndGazetteerNamesTheTaggerMissed() {
        List<Mention> m = refine("Turkey/NNP/LOCATION ~’s/POS Foreign/NNP Ministry/NNP said/VBD "
                + "Emirati/JJ mediators/NNS met/VBD Nato/NNP and/CC the/DT UN/NNP ./.");
        assertThat(m).extracting(Mention::text, Mention::type).containsExactly(
                tuple("Turkey", EntityType.COUNTRY), tuple("Foreign Ministry", EntityType.ORGANIZATION),
                tuple("Emirati", EntityType.NATIONALITY), tuple("Nato", EntityType.ORGANIZATION),
                tuple("UN", EntityType.ORGANIZATION));
    }

    @Test
    void dropsPronounsAndSplitsAtLineBreaks() {
        List<Mention> m = refine("He/PRP/PERSON met/VBD Reuters/NNP/ORGANIZATION ¶ Bloomberg/NNP/ORGANIZATION staff/NN ./.");
        assertThat(m).extracting(Mention::text).containsExactly("Reuters", "Bloomberg");
    }

    @Test
    void retypesMultiWordPlaceNamesTaggedAsPeopleButNotSingleWords() {
        assertThat(refine("Abu/NNP/PERSON Dhabi/NNP/PERSON ,/, UAE/NNP/LOCATION and/CC Jordan/NNP/PERSON spoke/VBD"))
                .extracting(Mention::text, Mention::type).containsExactly(tuple("Abu Dhabi", EntityType.CITY),
                        tuple("UAE", EntityType.COUNTRY), tuple("Jordan", EntityType.PERSON));
    }

    @Test
    void neverReturnsOverlappingMentions() {
        AnnotatedArticle a = AnnotatedArticleFixture.tagged("Vladimir/NNP Putin/NNP met/VBD Turkey/NNP ./.", null);
        String text = a.text();
        AnnotatedArticle overlapping = a.withMentions(List.of(
                new Mention(new Span(0, 14), "Vladimir Putin", EntityType.PERSON, 0),
                new Mention(new Span(9, 14), "Putin", EntityType.PERSON, 0),
                new Mention(new Span(9, 18), text.substring(9, 18), EntityType.MISC, 0),
                new Mention(new Span(3, 11), text.substring(3, 11), EntityType.ORGANIZATION, 0)));
        List<Mention> m = refiner.apply(overlapping).mentions();
        for (int i = 1; i < m.size(); i++) {
            assertThat(m.get(i - 1).span().end()).isLessThanOrEqualTo(m.get(i).span().start());
        }
        assertThat(m).extracting(Mention::text).contains("Vladimir Putin", "Turkey");
    }

    @Test
    void declaresWhatItNeedsAndGives() {
        assertThat(refiner.name()).isEqualTo("mentions");
        assertThat(refiner.requires()).contains(Capability.ENTITY_MENTIONS, Capability.TOKENS, Capability.PART_OF_SPEECH);
        assertThat(refiner.provides()).containsExactly(Capability.ENTITY_MENTIONS);
    }

    @Test
    void completesAnOrganisationCutAtItsHeadNounWithItsOfPhrase() {
        assertThat(refine("The/DT Mineworkers/NNP/ORGANIZATION Union/NNP/ORGANIZATION of/IN Zambia/NNP/LOCATION "
                + "accused/VBD the/DT company/NN ./.")).extracting(Mention::text, Mention::type)
                .containsExactly(tuple("Mineworkers Union of Zambia", EntityType.ORGANIZATION));
        assertThat(refine("Spain/NNP/LOCATION ~'s/POS State/NNP/ORGANIZATION Agency/NNP/ORGANIZATION for/IN "
                + "Chemical/NNP Safety/NNP said/VBD ./.")).extracting(Mention::text)
                .containsExactly("Spain", "State Agency for Chemical Safety");
    }

    @Test
    void leavesAnOfPhraseThatNamesSomethingElse() {
        assertThat(refine("the/DT Refugee/NNP/ORGANIZATION Agency/NNP/ORGANIZATION for/IN Turkey/NNP/LOCATION "
                + "~'s/POS camps/NNS ./.")).extracting(Mention::text).containsExactly("Refugee Agency", "Turkey");
        assertThat(refine("the/DT Interior/NNP/ORGANIZATION Ministry/NNP/ORGANIZATION of/IN course/NN said/VBD ./."))
                .extracting(Mention::text).containsExactly("Interior Ministry");
    }
}
