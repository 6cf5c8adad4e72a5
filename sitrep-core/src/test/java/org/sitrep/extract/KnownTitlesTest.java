package org.sitrep.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class KnownTitlesTest {

    private final KnownTitles titles = new KnownTitles(List.of("Turkey sends mission to Russia",
            "Floods: what we know"));

    @Test
    void knowsATitleWrittenWithOtherCaseAndPunctuation() {
        assertThat(titles.contains("TURKEY SENDS MISSION TO RUSSIA.")).isTrue();
        assertThat(titles.contains("Floods \u2013 What We Know")).isTrue();
    }

    @Test
    void doesNotKnowOtherWordsOrMuchLongerLines() {
        assertThat(titles.contains("Turkey sends mission to Syria")).isFalse();
        assertThat(titles.contains("Turkey sends mission to Russia, and the talks that follow will decide the future "
                + "of the region")).isFalse();
        assertThat(titles.contains("")).isFalse();
    }

    @Test
    void emptyKnowsNothing() {
        KnownTitles none = new KnownTitles(List.of());
        assertThat(none.isEmpty()).isTrue();
        assertThat(none.contains("Turkey sends mission to Russia")).isFalse();
        assertThat(titles.isEmpty()).isFalse();
    }
}
