package org.sitrep.eval.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class BCubedTest {

    @Test
    void scoresASplitAndMergedClusteringAsComputedByHand() {
        // gold {a b c} {d e}; predicted {a b} {c d e}
        // precision per item: a 2/2, b 2/2, c 1/3, d 2/3, e 2/3 -> 11/15
        // recall per item:    a 2/3, b 2/3, c 1/3, d 2/2, e 2/2 -> 11/15
        BCubed s = BCubed.score(List.of("P1", "P1", "P2", "P2", "P2"), List.of("G1", "G1", "G1", "G2", "G2"));
        assertThat(s.precision()).isCloseTo(11 / 15.0, within(1e-12));
        assertThat(s.recall()).isCloseTo(11 / 15.0, within(1e-12));
        assertThat(s.f1()).isCloseTo(11 / 15.0, within(1e-12));
    }

    @Test
    void scoresOneClusterForEverythingAndOneClusterPerItem() {
        List<String> gold = List.of("G1", "G1", "G2");
        // all together: precision a 2/3, b 2/3, c 1/3 -> 5/9; recall 1; F1 = 2 (5/9) / (14/9) = 10/14
        BCubed lumped = BCubed.score(List.of(1, 1, 1), gold);
        assertThat(lumped.precision()).isCloseTo(5 / 9.0, within(1e-12));
        assertThat(lumped.recall()).isEqualTo(1.0);
        assertThat(lumped.f1()).isCloseTo(10 / 14.0, within(1e-12));
        // all apart: precision 1; recall a 1/2, b 1/2, c 1 -> 2/3; F1 = 0.8
        BCubed split = BCubed.score(List.of(1, 2, 3), gold);
        assertThat(split.precision()).isEqualTo(1.0);
        assertThat(split.recall()).isCloseTo(2 / 3.0, within(1e-12));
        assertThat(split.f1()).isCloseTo(0.8, within(1e-12));
        assertThat(BCubed.score(List.of("x", "x", "y"), gold)).isEqualTo(new BCubed(1, 1, 1));
    }

    @Test
    void refusesLabelListsOfDifferentLengths() {
        assertThatThrownBy(() -> BCubed.score(List.of(1), List.of(1, 2))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BCubed.score(List.of(), List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
