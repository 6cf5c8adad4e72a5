package org.sitrep.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sitrep.model.Capability;

class QuantityExtractorTest {

    private final QuantityExtractor extractor = new QuantityExtractor();

    private List<Quantity> quantities(String tagged) {
        return extractor.apply(AnnotatedArticleFixture.tagged(tagged, null)).quantities();
    }

    private Quantity only(String tagged) {
        List<Quantity> q = quantities(tagged);
        assertThat(q).as("quantities in: %s", tagged).hasSize(1);
        return q.get(0);
    }

    private static String counted(Quantity q, String tagged) {
        return q.counted() == null ? null : q.counted().of(AnnotatedArticleFixture.tagged(tagged, null).text());
    }

    @Test
    void readsMoreThanADozenAsAnOpenBoundAboveTwelve() {
        String s = "killed/VBD more/JJR than/IN a/DT dozen/NN Turkish/JJ/MISC soldiers/NNS ./.";
        Quantity q = only(s);
        assertThat(q.text()).isEqualTo("more than a dozen");
        assertThat(q.qualifier()).isEqualTo(Qualifier.MORE_THAN);
        assertThat(q.value()).isEqualTo(12);
        assertThat(q.low()).isEqualTo(12);
        assertThat(q.high()).isInfinite();
        assertThat(counted(q, s)).isEqualTo("Turkish soldiers");
        assertThat(q.countedHead()).isEqualTo("soldier");
    }

    @Test
    void givesHedgedNumbersTheirBounds() {
        Quantity some = only("some/DT 900,000/CD people/NNS fled/VBD");
        assertThat(some.qualifier()).isEqualTo(Qualifier.ABOUT);
        assertThat(some.low()).isEqualTo(810_000);
        assertThat(some.high()).isEqualTo(990_000);
        Quantity upTo = only("up/RB to/TO 10,000/CD troops/NNS");
        assertThat(upTo.qualifier()).isEqualTo(Qualifier.UP_TO);
        assertThat(upTo.low()).isZero();
        assertThat(upTo.high()).isEqualTo(10_000);
        Quantity atLeast = only("at/IN least/JJS four/CD of/IN its/PRP$ outposts/NNS");
        assertThat(atLeast.qualifier()).isEqualTo(Qualifier.AT_LEAST);
        assertThat(atLeast.countedHead()).isEqualTo("outpost");
        Quantity nearly = only("for/IN nearly/RB/DURATION 20/CD/DURATION years/NNS/DURATION");
        assertThat(nearly.qualifier()).isEqualTo(Qualifier.NEARLY);
        assertThat(nearly.low()).isEqualTo(18);
        assertThat(nearly.high()).isEqualTo(20);
        assertThat(nearly.unit()).isEqualTo("year");
        assertThat(nearly.counted()).isNull();
    }

    @Test
    void readsRangesWrittenThreeWays() {
        for (String s : List.of("10/CD to/TO 12/CD soldiers/NNS", "10/CD ~-/HYPH ~12/CD soldiers/NNS",
                "between/IN 10/CD and/CC 12/CD soldiers/NNS")) {
            Quantity q = only(s);
            assertThat(q.qualifier()).as(s).isEqualTo(Qualifier.RANGE);
            assertThat(q.low()).isEqualTo(10);
            assertThat(q.high()).isEqualTo(12);
            assertThat(q.value()).isEqualTo(11);
            assertThat(q.countedHead()).isEqualTo("soldier");
        }
        Quantity scaled = only("1/CD to/TO 2/CD million/CD people/NNS");
        assertThat(scaled.low()).isEqualTo(1e6);
        assertThat(scaled.high()).isEqualTo(2e6);
    }

    @Test
    void readsNumberWordsScalesAndVaguePlurals() {
        assertThat(only("thirty/CD ~-/HYPH ~three/CD troops/NNS").value()).isEqualTo(33);
        assertThat(only("3.6/CD million/CD refugees/NNS").value()).isEqualTo(3.6e6);
        assertThat(only("one/CD hundred/CD and/CC twenty/CD people/NNS").value()).isEqualTo(120);
        assertThat(only("half/PDT a/DT dozen/NN towns/NNS").value()).isEqualTo(6);
        Quantity vague = only("hundreds/NNS of/IN thousands/NNS of/IN people/NNS");
        assertThat(vague.qualifier()).isEqualTo(Qualifier.VAGUE);
        assertThat(vague.low()).isEqualTo(200_000);
        assertThat(vague.high()).isEqualTo(999_999);
        assertThat(vague.countedHead()).isEqualTo("person");
        assertThat(only("dozens/NNS of/IN towns/NNS").low()).isEqualTo(24);
    }

    @Test
    void skipsOfItsAndReadsMoreAsAdditional() {
        String eight = "eight/CD of/IN its/PRP$ soldiers/NNS";
        assertThat(counted(only(eight), eight)).isEqualTo("soldiers");
        String five = "killed/VBD five/CD more/JJR troops/NNS";
        Quantity q = only(five);
        assertThat(q.qualifier()).isEqualTo(Qualifier.EXACT);
        assertThat(counted(q, five)).isEqualTo("troops");
        String turks = "killed/VBD 14/CD Turks/NNPS/MISC ./.";
        assertThat(counted(only(turks), turks)).isEqualTo("Turks");
        assertThat(only(turks).countedHead()).isEqualTo("Turk");
    }

    @Test
    void readsMoneyPercentagesAndAreas() {
        Quantity dollars = only("pledged/VBD $/$ ~2.5/CD billion/CD");
        assertThat(dollars.unit()).isEqualTo("USD");
        assertThat(dollars.value()).isEqualTo(2.5e9);
        Quantity euros = only("and/CC €/$ ~40m/CD");
        assertThat(euros.unit()).isEqualTo("EUR");
        assertThat(euros.value()).isEqualTo(4e7);
        assertThat(only("a/DT 1.5/CD bn/CD dollar/NN loan/NN").unit()).isEqualTo("USD");
        assertThat(only("rose/VBD 5/CD ~%/NN").unit()).isEqualTo("percent");
        assertThat(only("rose/VBD 5/CD percent/NN").unit()).isEqualTo("percent");
        String area = "took/VBD over/IN 600/CD square/JJ km/NN of/IN territory/NN";
        Quantity km = only(area);
        assertThat(km.qualifier()).isEqualTo(Qualifier.MORE_THAN);
        assertThat(km.unit()).isEqualTo("km2");
        assertThat(km.text()).isEqualTo("over 600 square km");
        assertThat(counted(km, area)).isEqualTo("territory");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "the/DT F/NN ~-/HYPH ~35/CD and/CC the/DT S/NN ~-/HYPH ~400/CD jets/NNS",
            "on/IN the/DT M5/NNP road/NN", "quote/VB ID/NNP 34879931/CD", "quote/VB id/NN 34879931/CD",
            "in/IN 2020/CD/DATE troops/NNS", "©/SYM 2020/CD Bloomberg/NNP", "a/DT 10/CD ~-/HYPH ~day/NN truce/NN",
            "18/CD ~-/HYPH ~Feb/NNP ~-/HYPH ~2020/CD", "the/DT second/JJ/ORDINAL day/NN",
            "one/CD of/IN the/DT largest/JJS factions/NNS", "Phase/NN two/CD began/VBD",
            "call/VB 555/CD ~-/HYPH ~0100/CD", "Group/NNP/ORGANIZATION of/IN/ORGANIZATION 20/CD/ORGANIZATION met/VBD",
            "the/DT COVID/NNP ~-/HYPH ~19/CD crisis/NN", "code/NN 007/CD",
            "at/IN 4.10/CD p.m./NN residents/NNS fled/VBD", "by/IN 9/CD am/NN"})
    void ignoresNumbersThatCountNothing(String tagged) {
        assertThat(quantities(tagged)).isEmpty();
    }

    @Test
    void declaresWhatItNeedsAndGives() {
        assertThat(extractor.name()).isEqualTo("quantities");
        assertThat(extractor.requires()).contains(Capability.TOKENS, Capability.TIME_EXPRESSIONS);
        assertThat(extractor.provides()).containsExactly(Capability.QUANTITIES);
    }
}
