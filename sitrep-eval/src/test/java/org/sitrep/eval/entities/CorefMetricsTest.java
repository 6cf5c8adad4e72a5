package org.sitrep.eval.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Set;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/** The metrics on partitions small enough to score by hand; the arithmetic is in each test's comments. */
class CorefMetricsTest {

    private static final Offset<Double> EXACT = within(1e-9);

    private static List<Set<String>> p(String... entities) {
        return java.util.Arrays.stream(entities).map(e -> Set.of(e.split(""))).toList();
    }

    @Test
    void scoresASplitAndAMergeByHand() {
        // key {a,b,c} {d,e}; response {a,b} {c,d,e}
        List<Set<String>> key = p("abc", "de");
        List<Set<String>> response = p("ab", "cde");
        // MUC: recall ((3-2) + (2-1)) / ((3-1) + (2-1)) = 2/3; precision ((2-1) + (3-2)) / ((2-1) + (3-1)) = 2/3
        assertThat(CorefMetrics.muc(key, response).recall()).isCloseTo(2.0 / 3, EXACT);
        assertThat(CorefMetrics.muc(key, response).precision()).isCloseTo(2.0 / 3, EXACT);
        // B-cubed recall: a 2/3, b 2/3, c 1/3, d 1, e 1 -> 11/15; precision: a 1, b 1, c 1/3, d 2/3, e 2/3 -> 11/15
        assertThat(CorefMetrics.bcubed(key, response).recall()).isCloseTo(11.0 / 15, EXACT);
        assertThat(CorefMetrics.bcubed(key, response).precision()).isCloseTo(11.0 / 15, EXACT);
        // CEAF-e: phi4(abc, ab) = 4/5, phi4(de, cde) = 4/5 -> 8/5 over 2 entities each side = 0.8
        assertThat(CorefMetrics.ceafE(key, response).recall()).isCloseTo(0.8, EXACT);
        assertThat(CorefMetrics.ceafE(key, response).precision()).isCloseTo(0.8, EXACT);
        // CoNLL: (2/3 + 11/15 + 4/5) / 3 = 33/45
        assertThat(CorefMetrics.conll(key, response)).isCloseTo(33.0 / 45, EXACT);
    }

    @Test
    void scoresAllSingletonsAgainstOneEntityByHand() {
        List<Set<String>> key = p("abcd");
        List<Set<String>> response = p("a", "b", "c", "d");
        // MUC: recall (4-4)/(4-1) = 0; precision 0/0 taken as 0
        assertThat(CorefMetrics.muc(key, response).f1()).isZero();
        // B-cubed: recall 4 x 1/4 / 4 = 1/4, precision 1 -> F1 0.4
        assertThat(CorefMetrics.bcubed(key, response).recall()).isCloseTo(0.25, EXACT);
        assertThat(CorefMetrics.bcubed(key, response).precision()).isCloseTo(1, EXACT);
        assertThat(CorefMetrics.bcubed(key, response).f1()).isCloseTo(0.4, EXACT);
        // CEAF-e: best phi4 = 2*1/(4+1) = 0.4; recall 0.4/1, precision 0.4/4 -> F1 2*0.4*0.1/0.5 = 0.16
        assertThat(CorefMetrics.ceafE(key, response).recall()).isCloseTo(0.4, EXACT);
        assertThat(CorefMetrics.ceafE(key, response).precision()).isCloseTo(0.1, EXACT);
        assertThat(CorefMetrics.ceafE(key, response).f1()).isCloseTo(0.16, EXACT);
    }

    @Test
    void givesOneForTheKeyItself() {
        List<Set<String>> key = p("abc", "de", "f");
        assertThat(CorefMetrics.conll(key, key)).isCloseTo(1, EXACT);
        assertThat(CorefMetrics.bcubed(key, key).f1()).isCloseTo(1, EXACT);
    }

    @Test
    void treatsAMentionTheResponseLacksAsItsOwnEntity() {
        // response lacks c: it is scored as p("ab", "c")
        assertThat(CorefMetrics.bcubed(p("abc"), p("ab")).recall())
                .isCloseTo(CorefMetrics.bcubed(p("abc"), p("ab", "c")).recall(), EXACT);
        assertThat(CorefMetrics.ceafE(p("abc"), p("ab")).f1()).isCloseTo(CorefMetrics.ceafE(p("abc"), p("ab", "c")).f1(),
                EXACT);
    }

    @Test
    void refusesAMentionInTwoEntities() {
        assertThatThrownBy(() -> CorefMetrics.muc(p("ab", "bc"), p("abc"))).hasMessageContaining("two entities");
    }

    @Test
    void findsTheBestAlignmentWhereTheGreedyOneIsWorse() {
        // greedy takes 0.9 first and is left with 0; the best total is 0.8 + 0.8
        double[][] w = {{0.9, 0.8}, {0.8, 0.0}};
        assertThat(MaxWeightMatching.assign(w)).containsExactly(1, 0);
        double[][] rectangular = {{0.1, 0.5, 0.2}, {0.4, 0.6, 0.0}};
        assertThat(MaxWeightMatching.assign(rectangular)).containsExactly(1, 0);
        double[][] tall = {{0.3}, {0.7}, {0.1}};
        assertThat(MaxWeightMatching.assign(tall)).containsExactly(-1, 0, -1);
        assertThat(MaxWeightMatching.assign(new double[0][0])).isEmpty();
    }
}
