package org.sitrep.eval.rouge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Hand-computed cases; each comment shows the counting. */
class RougeTest {

    private static final double EPS = 1e-9;
    private final Rouge rouge = new Rouge(RougeConfig.defaults());

    @Test
    void countsUnigramsBigramsAndTheLongestCommonSubsequence() {
        // summary: the cat sat on the mat (6 tokens, 5 bigrams); reference: the cat is on the mat
        // unigrams shared: the x2, cat, on, mat = 5 -> P = R = 5/6
        // bigrams shared: "the cat", "on the", "the mat" = 3 of 5 -> P = R = 3/5
        // LCS: the cat on the mat = 5 -> P = R = 5/6
        Map<RougeMeasure, RougeScore> s = rouge.score("The cat sat on the mat.", "The cat is on the mat.");
        assertThat(s.get(RougeMeasure.ROUGE_1).f1()).isCloseTo(5 / 6.0, within(EPS));
        assertThat(s.get(RougeMeasure.ROUGE_2).precision()).isCloseTo(0.6, within(EPS));
        assertThat(s.get(RougeMeasure.ROUGE_2).f1()).isCloseTo(0.6, within(EPS));
        assertThat(s.get(RougeMeasure.ROUGE_L).f1()).isCloseTo(5 / 6.0, within(EPS));
    }

    @Test
    void precisionAndRecallDivideByEachSidesLength() {
        // summary "a b" inside reference "a b c d": P = 2/2, R = 2/4, F1 = 2 * 1 * 0.5 / 1.5 = 2/3
        RougeScore r1 = rouge.score("a b", "a b c d").get(RougeMeasure.ROUGE_1);
        assertThat(r1.precision()).isCloseTo(1.0, within(EPS));
        assertThat(r1.recall()).isCloseTo(0.5, within(EPS));
        assertThat(r1.f1()).isCloseTo(2 / 3.0, within(EPS));
        // bigrams: "a b" of 1 against 3 -> P = 1, R = 1/3, F1 = 0.5
        assertThat(rouge.score("a b", "a b c d").get(RougeMeasure.ROUGE_2).f1()).isCloseTo(0.5, within(EPS));
    }

    @Test
    void countsARepeatedNgramAtMostAsOftenAsTheOtherSideHasIt() {
        // "the the the" against "the cat": 1 of 3 unigrams match -> P = 1/3, R = 1/2, F1 = 0.4
        assertThat(rouge.score("the the the", "the cat").get(RougeMeasure.ROUGE_1).f1()).isCloseTo(0.4, within(EPS));
    }

    @Test
    void stemsLongTokensSoInflectionsMatch() {
        // running -> run, runners -> runner, ran (3 letters) unstemmed; the, runner, runs -> run
        // shared unigrams: run, runner = 2 of 3 each side
        RougeScore stemmed = rouge.score("Running runners ran!", "the runner runs").get(RougeMeasure.ROUGE_1);
        assertThat(stemmed.f1()).isCloseTo(2 / 3.0, within(EPS));
        RougeScore plain = new Rouge(new RougeConfig(false, RougeConfig.Aggregation.MEAN))
                .score("Running runners ran!", "the runner runs").get(RougeMeasure.ROUGE_1);
        assertThat(plain.f1()).isZero();
    }

    @Test
    void tokenizesLikeRougeScore() {
        assertThat(RougeTokenizer.stemming().tokenize("Café au lait, U.S.-led 2,000 troops"))
                .containsExactly("caf", "au", "lait", "u", "s", "led", "2", "000", "troop");
        assertThat(RougeTokenizer.plain().tokenize("  ¿¡ !! ")).isEmpty();
    }

    @Test
    void combinesReferencesByMeanOrByMax() {
        // against "a b c": F1 = 1; against "d e f": F1 = 0
        List<String> refs = List.of("a b c", "d e f");
        assertThat(rouge.score("a b c", refs).get(RougeMeasure.ROUGE_1).f1()).isCloseTo(0.5, within(EPS));
        Rouge max = new Rouge(RougeConfig.defaults().withReferences(RougeConfig.Aggregation.MAX));
        assertThat(max.score("a b c", refs).get(RougeMeasure.ROUGE_1).f1()).isCloseTo(1.0, within(EPS));
        assertThat(max.config().describe()).contains("max over references").contains("Porter");
    }

    @Test
    void scoresAnEmptySummaryZero() {
        for (RougeScore s : rouge.score("", "the cat").values()) {
            assertThat(s).isEqualTo(RougeScore.ZERO);
        }
        assertThat(rouge.score("...", "the cat").get(RougeMeasure.ROUGE_L)).isEqualTo(RougeScore.ZERO);
    }
}
