package org.sitrep.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class WordScannerTest {

    private static final Pattern RUN = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['\\u2019\\-.][\\p{L}\\p{N}]+)*");
    /** Letters and digits of every kind (with ones outside the BMP), joiners, spaces and marks that are neither. */
    private static final String[] PIECES = {"a", "Z", "\u00e9", "\u00df", "7", "\u00b2", "\u216b", "\u0664", "\u4e2d",
        "\u02b0", "\ud835\udc00", "\ud83d\ude00", "\ud800", "\udc00", "'", "\u2019", "-", ".", " ", "\u00a0", ",",
        "\u0301", "_", "\t", "--", ".."};

    private static List<String> all(Pattern p, String text) {
        List<String> out = new ArrayList<>();
        Matcher m = p.matcher(text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    @Test
    void findsJoinedWords() {
        assertThat(WordScanner.words("Don't stop covid-19 in the U.S. -- now."))
                .containsExactly("Don't", "stop", "covid-19", "in", "the", "U.S", "now");
        assertThat(WordScanner.runs("Don't stop covid-19")).containsExactly("Don", "t", "stop", "covid", "19");
        assertThat(WordScanner.runs("one two three", 2)).containsExactly("one", "two");
    }

    @Test
    void findsWhatTheRegularExpressionsFindOnRandomText() {
        Random random = new Random(20261124);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder b = new StringBuilder();
            int n = random.nextInt(12);
            for (int k = 0; k < n; k++) {
                b.append(PIECES[random.nextInt(PIECES.length)]);
            }
            String text = b.toString();
            assertThat(WordScanner.runs(text)).as(text).isEqualTo(all(RUN, text));
            assertThat(WordScanner.words(text)).as(text).isEqualTo(all(WORD, text));
            List<String> runs = all(RUN, text);
            assertThat(WordScanner.runs(text, 2)).as(text).isEqualTo(runs.subList(0, Math.min(2, runs.size())));
        }
    }
}
