package org.sitrep.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sitrep.annotate.AnnotatedArticle;
import org.sitrep.model.DateRange;

/**
 * Malformed and random text through CoreNLP and every standard layer: no exception escapes, every
 * span stays in bounds, and the same input gives the same output.
 */
class AnnotationRobustnessTest {

    private static final LocalDate DAY = LocalDate.of(2020, 2, 18);
    /** Fixed so that a failure can be replayed. */
    private static final long SEED = 20200218L;
    private static final int RANDOM_TEXTS = 12;
    private static final String ALPHABET = "abcdefghij KLMNOP qrstuvwxyz ÉéğüØ 0123456789 ,.;:!?-–—()[]\"“”‘’'"
            + " $€£% \n\n\t😀 said he she told Turkey Ankara Tuesday week 1,000 million more than";

    static Stream<String> malformed() {
        StringBuilder longSentence = new StringBuilder();
        for (int i = 0; i < 2_500; i++) {
            longSentence.append(i % 7 == 0 ? "Turkey " : "word").append(i % 11 == 0 ? " 12 soldiers " : " ");
        }
        return Stream.of("", " ", "\n\n\n", ".", "...!!!???", "“”", "\"\"\"\"", "““““", "”””", "“ unclosed quote",
                "closed quote ”", "He said “ and “ and ” and ”.", "\"\"Hello,\" he said \" she said\"",
                "more than", "up to 10 to", "$", "€m", "between and", "-12-", "F-", "10-", "1,2,3,4,5,6",
                "Mr. . Mr. Mr", "Presidents", "(HTS)", "( ) ( (", "on Tuesday", "the weekend last week",
                longSentence.toString(), "😀😀😀 “😀” said 😀.");
    }

    @ParameterizedTest
    @MethodSource("malformed")
    void survivesMalformedText(String text) {
        AnnotatedArticle first = SharedCoreNlp.annotate(text, DAY);
        AnnotationInvariants.check(first);
        assertThat(SharedCoreNlp.annotate(text, DAY)).isEqualTo(first);
    }

    @Test
    void survivesRandomTextDeterministically() {
        Random random = new Random(SEED);
        for (int k = 0; k < RANDOM_TEXTS; k++) {
            int length = random.nextInt(1_500);
            StringBuilder b = new StringBuilder(length);
            while (b.length() < length) {
                b.appendCodePoint(ALPHABET.codePointAt(ALPHABET.offsetByCodePoints(0,
                        random.nextInt(ALPHABET.codePointCount(0, ALPHABET.length())))));
            }
            String text = b.toString();
            for (DateRange published : List.of(DateRange.day(DAY), DateRange.year(2020))) {
                AnnotatedArticle a = SharedCoreNlp.annotate(text, published);
                AnnotationInvariants.check(a);
                assertThat(SharedCoreNlp.annotate(text, published)).as("same input, same output").isEqualTo(a);
            }
        }
    }
}
