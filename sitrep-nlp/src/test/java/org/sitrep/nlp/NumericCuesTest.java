package org.sitrep.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NumericCuesTest {

    @Test
    void takesDigitsSignsNumberWordsAndTimeWordsForCues() {
        for (String cue : List.of("12", "1,200", "3.5bn", "$", "€", "%", "dozen", "Thousands", "twenty-five", "first",
                "Tuesday", "Sundays", "holiday", "yesterday", "tomorrow", "week", "weekend", "months", "ago", "now",
                "recently", "tonight", "March", "Sept", "summer", "weekly", "a.m.")) {
            assertThat(NumericCues.isCue(cue)).as(cue).isTrue();
        }
    }

    @Test
    void takesCalendarNamesThatAreCommonWordsOnlyWhenCapitalised() {
        for (String word : List.of("may", "march", "sat", "fall", "sun", "the", "troops", "said", "Turkey", "", "ly")) {
            assertThat(NumericCues.isCue(word)).as(word).isFalse();
        }
        assertThat(NumericCues.isCue("May")).isTrue();
        assertThat(NumericCues.isCue(null)).isFalse();
    }

    @Test
    void mergesWindowsAroundNearbyCuesAndCapsTheirLength() {
        boolean[] cues = cuesAt(40, 3, 8, 30);
        assertThat(NumericCues.windows(cues, 1, 1, 100)).extracting(w -> w[0] + "-" + w[1])
                .containsExactly("2-5", "7-10", "29-32");
        assertThat(NumericCues.windows(cues, 2, 2, 100)).as("touching windows merge").extracting(w -> w[0] + "-" + w[1])
                .containsExactly("1-11", "28-33");
        assertThat(NumericCues.windows(cues, 3, 3, 100)).extracting(w -> w[0] + "-" + w[1])
                .containsExactly("0-12", "27-34");
        boolean[] all = new boolean[25];
        java.util.Arrays.fill(all, true);
        assertThat(NumericCues.windows(all, 6, 6, 10)).extracting(w -> w[0] + "-" + w[1])
                .containsExactly("0-10", "10-20", "20-25");
        assertThat(NumericCues.windows(new boolean[5], 6, 6, 10)).isEmpty();
    }

    @Test
    void keepsMoreContextBeforeACueThanAfterWhenAsked() {
        boolean[] cues = cuesAt(40, 10, 14, 30);
        assertThat(NumericCues.windows(cues, 6, 3, 100)).extracting(w -> w[0] + "-" + w[1])
                .as("the second cue's window starts within the first's reach").containsExactly("4-18", "24-34");
        assertThat(NumericCues.stretch(cues, 6, 3, 100)).extracting(w -> w[0] + "-" + w[1]).containsExactly("4-34");
    }

    @Test
    void stretchesFromTheFirstCuesWindowToTheLastsInOnePieceWhereItFits() {
        boolean[] cues = cuesAt(40, 3, 8, 30);
        assertThat(NumericCues.stretch(cues, 1, 1, 100)).extracting(w -> w[0] + "-" + w[1]).containsExactly("2-32");
        assertThat(NumericCues.stretch(cues, 6, 6, 100)).extracting(w -> w[0] + "-" + w[1]).containsExactly("0-37");
        assertThat(NumericCues.stretch(cues, 6, 6, 20)).extracting(w -> w[0] + "-" + w[1])
                .containsExactly("0-20", "20-37");
        assertThat(NumericCues.stretch(new boolean[5], 6, 6, 10)).isEmpty();
    }

    /** A sentence of {@code size} tokens with cues at the given positions. */
    private static boolean[] cuesAt(int size, int... positions) {
        boolean[] cues = new boolean[size];
        for (int p : positions) {
            cues[p] = true;
        }
        return cues;
    }

    @Test
    void findsNoTimeInAWindowOfPlainNumbersAmountsAndNumberWords() {
        for (String window : List.of("about 1,200 Turkish troops crossed", "rose by 3.5 % to $ 12 million",
                "one of the two sides", "some 900,000 people have fled", "more than a dozen soldiers",
                "the first of 45 candidates", "twenty-five people were hurt", "killed 10,000 in")) {
            assertThat(NumericCues.mayHoldTime(words(window))).as(window).isFalse();
        }
    }

    @Test
    void findsAPossibleTimeWhereSutimeCouldReadOne() {
        for (String window : List.of("in 1999 the army", "about 2,000 of 2015", "the 1990s boom", "at 5:30 local",
                "on 12/05/2020 police", "5 / 12 / 20", "by 5pm", "the 3rd of", "since March 3", "3 may be",
                "two thousand troops", "nineteen eighty - four", "in ' 90 when", "over 3 years", "the three-year war",
                "three - monitor setups", "once had 5", "5 people at the time", "in the past 5", "500 BC",
                "two men in their twenties", "at 10 o'clock", "5 hrs", "1000 - 1200", "call 01904 373")) {
            assertThat(NumericCues.mayHoldTime(words(window))).as(window).isTrue();
        }
    }

    private static List<String> words(String text) {
        return List.of(text.split(" "));
    }
}
