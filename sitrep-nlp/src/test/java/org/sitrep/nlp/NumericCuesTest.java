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
}
