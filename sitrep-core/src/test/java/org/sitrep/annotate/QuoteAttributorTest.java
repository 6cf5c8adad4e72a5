package org.sitrep.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Capability;

class QuoteAttributorTest {

    private final QuoteAttributor attributor = new QuoteAttributor();

    /** The quotes of a tagged text, each as "direct|indirect: quoted text <- speaker (cue)". */
    private List<String> quotes(String tagged) {
        AnnotatedArticle a = attributor.apply(new MentionRefiner().apply(AnnotatedArticleFixture.tagged(tagged, null)));
        return a.quotes().stream().map(q -> (q.direct() ? "direct: " : "indirect: ") + q.span().of(a.text())
                + " <- " + q.speakerText() + (q.speaker() == null ? " [unresolved]" : "") + " (" + q.cue() + ")")
                .toList();
    }

    @Test
    void attributesAQuoteToTheNameBeforeTheVerbAfterIt() {
        assertThat(quotes("Sergey/NNP/PERSON Lavrov/NNP/PERSON spoke/VBD ./. ¶ HTS/NNP “/`` controls/VBZ a/DT "
                + "major/JJ part/NN of/IN Idlib/NNP/LOCATION ”/'' ,/, Mr/NNP Lavrov/NNP/PERSON said/VBD ./."))
                .containsExactly("direct: controls a major part of Idlib <- Sergey Lavrov (said)");
    }

    @Test
    void attributesAQuoteToTheNameAfterSaid() {
        assertThat(quotes("“/`` Attacks/NNS are/VBP continuing/VBG ,/, ”/'' said/VBD Julien/NNP/PERSON "
                + "Delozanne/NNP/PERSON ,/, a/DT doctor/NN ./."))
                .containsExactly("direct: Attacks are continuing , <- Julien Delozanne (said)");
    }

    @Test
    void keepsTheObjectOfToldAndTheStatementInTheCue() {
        assertThat(quotes("“/`` Syria/NNP/LOCATION has/VBZ rights/NNS ,/, ”/'' Naumkin/NNP/PERSON told/VBD "
                + "reporters/NNS ./. ¶ “/`` We/PRP stressed/VBD the/DT need/NN ,/, ”/'' the/DT Kremlin/NNP/ORGANIZATION "
                + "said/VBD in/IN a/DT statement/NN ./.")).containsExactly(
                "direct: Syria has rights , <- Naumkin (told reporters)",
                "direct: We stressed the need , <- Kremlin (said in a statement)");
    }

    @Test
    void resolvesAPronounToThePreviousSpeaker() {
        assertThat(quotes("Foreign/NNP Minister/NNP Mevlut/NNP/PERSON Cavusoglu/NNP/PERSON said/VBD Ankara/NNP/LOCATION "
                + "would/MD prefer/VB diplomacy/NN ./. ¶ “/`` We/PRP will/MD act/VB ,/, ”/'' he/PRP said/VBD ./."))
                .containsExactly("indirect: Ankara would prefer diplomacy <- Mevlut Cavusoglu (said)",
                        "direct: We will act , <- Mevlut Cavusoglu (said)");
    }

    @Test
    void prefersThePreviousSpeakerOverAPersonNamedAfterIt() {
        assertThat(quotes("“/`` It/PRP is/VBZ a/DT problem/NN ,/, ”/'' Mr/NNP Lavrov/NNP/PERSON said/VBD after/IN "
                + "meeting/VBG Mr/NNP Cavusoglu/NNP/PERSON ./. He/PRP called/VBD the/DT area/NN “/`` one/CD of/IN "
                + "the/DT last/JJ hotbeds/NNS ”/'' ./.")).containsExactly(
                "direct: It is a problem , <- Lavrov (said)", "direct: one of the last hotbeds <- Lavrov (called)");
    }

    @Test
    void resolvesANominalToTheOrganisationNamedBefore() {
        assertThat(quotes("Turkey/NNP/LOCATION ~’s/POS Foreign/NNP Ministry/NNP met/VBD ./. ¶ “/`` Our/PRP$ "
                + "delegation/NN stressed/VBD peace/NN ,/, ”/'' the/DT ministry/NN said/VBD ./. ¶ “/`` No/DT "
                + "comment/NN ,/, ”/'' the/DT Russian/JJ/MISC defence/NN ministry/NN said/VBD ./.")).containsExactly(
                "direct: Our delegation stressed peace , <- Turkey’s Foreign Ministry (said)",
                "direct: No comment , <- the Russian defence ministry [unresolved] (said)");
    }

    @Test
    void continuesAQuoteAcrossParagraphsAndToTheNextQuoteWithoutCue() {
        assertThat(quotes("“/`` We/PRP call/VBP on/IN Ankara/NNP/LOCATION ,/, ”/'' Lavrov/NNP/PERSON said/VBD ./. "
                + "“/`` Talks/NNS must/MD go/VB on/RP ./. ¶ “/`` They/PRP will/MD ./. ”/''")).containsExactly(
                "direct: We call on Ankara , <- Lavrov (said)",
                "direct: Talks must go on .\n\n“ They will . <- Lavrov (null)");
    }

    @Test
    void leavesScareQuotesAndTitlesOut() {
        assertThat(quotes("They/PRP would/MD pay/VB a/DT “/`` heavy/JJ price/NN ”/'' on/IN the/DT “/`` Face/NNP "
                + "the/DT Nation/NNP ”/'' show/NN ./.")).isEmpty();
        assertThat(quotes("“/`` No/UH ,/, ”/'' he/PRP said/VBD ./.")).hasSize(1);
    }

    @Test
    void findsIndirectStatementsInTheirThreeShapes() {
        assertThat(quotes("Moscow/NNP/LOCATION said/VBD on/IN Monday/NNP/DATE that/IN talks/NNS had/VBD failed/VBN ./. "
                + "Talks/NNS failed/VBD again/RB ,/, the/DT Kremlin/NNP/ORGANIZATION said/VBD ./. "
                + "A/DT deal/NN is/VBZ needed/VBN ,/, said/VBD Fadi/NNP/PERSON Hakura/NNP/PERSON ,/, an/DT analyst/NN ./. "
                + "According/VBG to/TO the/DT UN/NNP ,/, 900,000/CD people/NNS fled/VBD ./.")).containsExactly(
                "indirect: talks had failed <- Moscow (said)", "indirect: Talks failed again <- Kremlin (said)",
                "indirect: A deal is needed <- Fadi Hakura (said)",
                "indirect: 900,000 people fled <- UN (according to)");
    }

    @Test
    void skipsAnAppositiveBetweenSpeakerAndVerb() {
        assertThat(quotes("Fadi/NNP/PERSON Hakura/NNP/PERSON ,/, a/DT fellow/NN at/IN Chatham/NNP/ORGANIZATION "
                + "House/NNP/ORGANIZATION ,/, said/VBD Ankara/NNP/LOCATION was/VBD isolated/VBN ./."))
                .containsExactly("indirect: Ankara was isolated <- Fadi Hakura (said)");
    }

    @Test
    void declaresWhatItNeedsAndGives() {
        assertThat(attributor.name()).isEqualTo("quotes");
        assertThat(attributor.requires()).contains(Capability.ENTITY_MENTIONS, Capability.LEMMAS);
        assertThat(attributor.provides()).containsExactly(Capability.QUOTES);
    }

    @Test
    void readsNoStatementFromAnInfinitive() {
        assertThat(quotes("AESQ/NNP/ORGANIZATION said/VBD it/PRP was/VBD too/RB early/JJ to/TO say/VB whether/IN "
                + "that/DT line/NN was/VBD involved/VBN ./. ¶ Lisbon/NNP/LOCATION accused/VBD Madrid/NNP/LOCATION "
                + "of/IN taking/VBG nine/CD hours/NNS to/TO warn/VB it/PRP that/IN water/NN was/VBD flowing/VBG ./."))
                .containsExactly("indirect: it was too early to say whether that line was involved <- AESQ (said)");
    }

    @Test
    void givesTheSpeakerBeforeAParticipleAndByNotTheOneWhoAsked() {
        assertThat(quotes("Engineers/NNS consulted/VBN by/IN the/DT Courier/NNP/ORGANIZATION said/VBD heat/NN "
                + "could/MD have/VB reached/VBN the/DT hall/NN ./."))
                .containsExactly("indirect: heat could have reached the hall <- Engineers [unresolved] (said)");
    }
    @Test
    void keepsTheModifiersOfAGroupNounAcrossPrepositions() {
        assertThat(quotes("Residents/NNS on/IN both/DT sides/NNS of/IN the/DT border/NN said/VBD they/PRP "
                + "had/VBD complained/VBN about/IN the/DT smell/NN ./."))
                .containsExactly("indirect: they had complained about the smell <- Residents on both sides of the border "
                        + "[unresolved] (said)");
    }

    @Test
    void givesARoleNounForAnOrganisationToThatOrganisation() {
        assertThat(quotes("Turkey/NNP/LOCATION ~’s/POS Foreign/NNP Ministry/NNP met/VBD ./. ¶ A/DT spokesman/NN "
                + "for/IN the/DT ministry/NN said/VBD talks/NNS had/VBD failed/VBN ./. ¶ A/DT spokeswoman/NN for/IN "
                + "the/DT Civil/NNP/ORGANIZATION Guard/NNP/ORGANIZATION said/VBD the/DT road/NN was/VBD open/JJ ./."))
                .containsExactly("indirect: talks had failed <- Turkey’s Foreign Ministry (said)",
                        "indirect: the road was open <- Civil Guard (said)");
    }

    @Test
    void givesANamedPersonBeforeAPrepositionTheQuoteNotTheirEmployer() {
        assertThat(quotes("Ingrid/NNP/PERSON Haugland/NNP/PERSON of/IN Fjordvik/NNP/ORGANIZATION "
                + "Securities/NNP/ORGANIZATION said/VBD one/CD flight/NN was/VBD not/RB enough/JJ ./."))
                .containsExactly("indirect: one flight was not enough <- Ingrid Haugland (said)");
    }
    @Test
    void keepsATitleWithItsPlaceAndATitledNameAfterAPreposition() {
        assertThat(quotes("Young/JJ people/NNS need/VBP help/NN ,/, the/DT Prince/NNP of/IN Wales/NNP/LOCATION "
                + "has/VBZ warned/VBN ./. ¶ Acting/NNP U.S./NNP/LOCATION Attorney/NNP for/IN the/DT District/NNP "
                + "of/IN Massachusetts/NNP/LOCATION Joshua/NNP/PERSON Levy/NNP/PERSON said/VBD three/CD people/NNS "
                + "were/VBD arrested/VBN ./.")).containsExactly(
                "indirect: Young people need help <- the Prince of Wales [unresolved] (warned)",
                "indirect: three people were arrested <- Joshua Levy (said)");
    }
    @Test
    void readsATimeAfterAPrepositionAsWhenNotWho() {
        assertThat(quotes("The/DT company/NN on/IN Thursday/NNP/DATE said/VBD it/PRP would/MD appeal/VB ./. ¶ "
                + "A/DT review/NN in/IN 2016/CD/DATE found/VBD that/IN walking/NN helps/VBZ ./.")).containsExactly(
                "indirect: it would appeal <- The company [unresolved] (said)");
    }

    @Test
    void startsTheStatementAfterThePlaceWhereItWasMade() {
        assertThat(quotes("Castaneda/NNP/PERSON told/VBD reporters/NNS at/IN a/DT makeshift/JJ command/NN post/NN "
                + "outside/IN the/DT town/NN that/IN the/DT Guardia/NNP/ORGANIZATION Civil/NNP/ORGANIZATION had/VBD "
                + "opened/VBN an/DT investigation/NN ./.")).containsExactly(
                "indirect: the Guardia Civil had opened an investigation <- Castaneda (told reporters)");
    }

    @Test
    void takesNoStatementFromAnOrderToThePeopleAddressed() {
        assertThat(quotes("The/DT regional/JJ government/NN told/VBD residents/NNS of/IN Almonaster/NNP/LOCATION "
                + "and/CC two/CD neighbouring/VBG hamlets/NNS to/TO leave/VB their/PRP$ homes/NNS by/IN noon/NN ./. ¶ "
                + "Officials/NNS warned/VBD drivers/NNS to/TO avoid/VB the/DT road/NN ./.")).isEmpty();
    }

    @Test
    void takesNoStatementFromWhatAVerbTakesWithToOrAPreposition() {
        assertThat(quotes("The/DT firm/NN claims/VBZ to/TO have/VB processed/VBN more/JJR orders/NNS ./. ¶ "
                + "Geoff/NNP/PERSON wrote/VBD about/IN this/DT point/NN in/IN more/JJR detail/NN ,/, but/CC "
                + "it/PRP is/VBZ worth/JJ stressing/VBG ./.")).isEmpty();
    }

    @Test
    void takesAPronounEndingThePhraseBeforeTheVerbAsTheSpeaker() {
        assertThat(quotes("Ours/PRP is/VBZ the/DT tool/NN they/PRP said/VBD was/VBD missing/VBG ./. ¶ "
                + "“/`` It/PRP works/VBZ ,/, ”/'' the/DT sales/NNS team/NN it/PRP said/VBD ./. ¶ "
                + "“/`` No/DT ,/, ”/'' the/DT minister/NN himself/PRP said/VBD ./."))
                .contains("direct: It works , <- it [unresolved] (said)",
                        "direct: No , <- the minister himself [unresolved] (said)");
    }

    @Test
    void givesADescriptionTheNameItStandsInAppositionTo() {
        assertThat(quotes("Chi/NNP/PERSON Onwurah/NNP/PERSON ,/, the/DT Labour/NNP/ORGANIZATION MP/NN for/IN "
                + "Newcastle/NNP/LOCATION Central/NNP/LOCATION ,/, who/WP is/VBZ supporting/VBG the/DT report/NN ,/, "
                + "said/VBD it/PRP showed/VBD a/DT trend/NN ./. ¶ The/DT Labour/NNP/ORGANIZATION MP/NN for/IN "
                + "Leeds/NNP/LOCATION ,/, Jo/NNP/PERSON Hale/NNP/PERSON ,/, said/VBD the/DT plan/NN had/VBD failed/VBN "
                + "./.")).containsExactly("indirect: it showed a trend <- Chi Onwurah (said)",
                "indirect: the plan had failed <- Jo Hale (said)");
    }

    @Test
    void keepsADescriptionAfterANameThatOpensNoApposition() {
        assertThat(quotes("After/IN meeting/VBG Sergey/NNP/PERSON Lavrov/NNP/PERSON ,/, the/DT minister/NN said/VBD "
                + "talks/NNS would/MD go/VB on/RP ./. ¶ According/VBG to/TO user/NN reviews/NNS ,/, "
                + "Mailchimp/NNP/PERSON has/VBZ a/DT limited/JJ free/JJ plan/NN ./.")).containsExactly(
                "indirect: talks would go on <- the minister [unresolved] (said)",
                "indirect: Mailchimp has a limited free plan <- user reviews [unresolved] (according to)");
    }

    @Test
    void keepsAStatementOfWhatTheSpeakerExpects() {
        assertThat(quotes("Nvidia/NNP/ORGANIZATION itself/PRP has/VBZ said/VBN to/TO expect/VB shortages/NNS "
                + "throughout/IN the/DT year/NN ./. ¶ The/DT firm/NN has/VBZ said/VBN to/TO have/VB shipped/VBN "
                + "more/JJR chips/NNS ./.")).containsExactly(
                "indirect: to expect shortages throughout the year <- Nvidia (said)");
    }
}
