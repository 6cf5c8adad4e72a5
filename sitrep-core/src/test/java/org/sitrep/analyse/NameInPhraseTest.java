package org.sitrep.analyse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameInPhraseTest {

    @Test
    void dropsCommonNounsAroundTheName() {
        assertThat(NameInPhrase.of("Aceh province")).isEqualTo("Aceh");
        assertThat(NameInPhrase.of("Ivy Bridge processors")).isEqualTo("Ivy Bridge");
        assertThat(NameInPhrase.of("in Indonesia's northwestern Aceh province")).isEqualTo("Aceh");
        assertThat(NameInPhrase.of("northwestern Indonesian province of Aceh")).isEqualTo("Aceh");
        assertThat(NameInPhrase.of("13 miles east of Cloverdale and 2 miles southeast of The Geysers"))
                .isEqualTo("The Geysers");
        assertThat(NameInPhrase.of("located near Clearlake in Lake County")).isEqualTo("Lake County");
    }

    @Test
    void dropsAppositionsParenthesesAndLocativePhrasesAfterTheName() {
        assertThat(NameInPhrase.of("in Bountiful , British Columbia")).isEqualTo("Bountiful");
        assertThat(NameInPhrase.of("Fundamentalist Church of Jesus Christ ( FLDS")).isEqualTo("Fundamentalist Church of Jesus Christ");
        assertThat(NameInPhrase.of("Aceh province on the island of Sumatra")).isEqualTo("Aceh");
    }

    @Test
    void keepsLowerCaseWordsInsideANameAndPhrasesWithoutOne() {
        assertThat(NameInPhrase.of("Bank of England")).isEqualTo("Bank of England");
        assertThat(NameInPhrase.of("Church of Jesus Christ of Latter Day Saints"))
                .isEqualTo("Church of Jesus Christ of Latter Day Saints");
        assertThat(NameInPhrase.of("the strong quake")).isEqualTo("the strong quake");
        assertThat(NameInPhrase.of("The quake")).isEqualTo("The quake");
        assertThat(NameInPhrase.of("interior ministry")).isEqualTo("interior ministry");
    }
}
