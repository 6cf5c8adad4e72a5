package org.sitrep.analyse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameVariantsTest {

    @Test
    void readsARunOfInitialsAsTheWordsItAbbreviates() {
        assertThat(NameVariants.abbreviates("us geological survey", "united states geological survey")).isTrue();
        assertThat(NameVariants.abbreviates("un security council", "united nations security council")).isTrue();
        assertThat(NameVariants.abbreviates("geological survey", "united states geological survey")).isFalse();
        assertThat(NameVariants.abbreviates("uk geological survey", "united states geological survey")).isFalse();
        assertThat(NameVariants.abbreviates("united states geological survey", "us geological survey")).isFalse();
    }

    @Test
    void readsOneLetterInALongWordAsASpellingVariant() {
        assertThat(NameVariants.spellingVariants("sergei lavrov", "sergey lavrov")).isTrue();
        assertThat(NameVariants.spellingVariants("wally opal", "wally oppal")).isTrue();
        assertThat(NameVariants.spellingVariants("dan brown", "don brown")).isFalse();
        assertThat(NameVariants.spellingVariants("sergei lavrov", "sergey lavrova")).isFalse();
        assertThat(NameVariants.spellingVariants("11th doctor", "12th doctor")).isFalse();
        assertThat(NameVariants.spellingVariants("lavrov", "lavrow")).isFalse();
        assertThat(NameVariants.spellingVariants("sergey lavrov", "sergey lavrov")).isFalse();
    }

    @Test
    void countsOneInsertionDeletionOrChange() {
        assertThat(NameVariants.oneEditApart("opal", "oppal")).isTrue();
        assertThat(NameVariants.oneEditApart("oppal", "opal")).isTrue();
        assertThat(NameVariants.oneEditApart("sergei", "sergey")).isTrue();
        assertThat(NameVariants.oneEditApart("sergei", "sergio")).isFalse();
        assertThat(NameVariants.oneEditApart("same", "same")).isFalse();
        assertThat(NameVariants.oneEditApart("ab", "abcd")).isFalse();
    }

    @Test
    void readsABodysNameInTwoLanguagesByItsCognatesInReverseOrder() {
        assertThat(NameVariants.translatedOrder("guardia civil", "civil guard")).isTrue();
        assertThat(NameVariants.translatedOrder("policia nacional", "national police")).isTrue();
        assertThat(NameVariants.translatedOrder("guardia nacional", "national guard")).isTrue();
        assertThat(NameVariants.translatedOrder("cruz roja", "red cross")).isFalse();
        assertThat(NameVariants.translatedOrder("guardia civil", "civil war")).isFalse();
        assertThat(NameVariants.translatedOrder("civil guard", "civil guard")).isFalse();
        assertThat(NameVariants.translatedOrder("civil guard", "guardia civil nacional")).isFalse();
        // short words are not read as cognates: "sur" and "sud" are different directions
        assertThat(NameVariants.translatedOrder("banco sur", "sud bank")).isFalse();
    }

    @Test
    void countsEditsBetweenWords() {
        assertThat(NameVariants.editDistance("nacional", "national")).isEqualTo(1);
        assertThat(NameVariants.editDistance("policia", "police")).isEqualTo(2);
        assertThat(NameVariants.editDistance("", "abc")).isEqualTo(3);
        assertThat(NameVariants.editDistance("same", "same")).isZero();
    }
}
