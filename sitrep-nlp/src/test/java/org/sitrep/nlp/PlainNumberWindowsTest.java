package org.sitrep.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.annotate.AnnotatedArticle;
import org.sitrep.annotate.AnnotatedArticleFixture;
import org.sitrep.annotate.TimeExpression;
import org.sitrep.annotate.Token;
import org.sitrep.model.DateRange;

/**
 * Numeric windows that hold only plain numbers get CoreNLP's number classifiers without SUTime's time
 * rules ({@link CoreNlpConfig#timeOnlyWhereTemporal()}): their numbers keep their tags and values, and
 * the windows with a year or a time word still get their time expressions.
 */
class PlainNumberWindowsTest {

    private static final LocalDate TUESDAY = LocalDate.of(2020, 2, 18);
    private static final String TEXT = "About 1,200 soldiers and 45 tanks crossed the border, officials said. "
            + "In 2019 some 300 families fled, and $3.5 million in aid arrived last week. "
            + "One of the two convoys carried 12 percent of the food, a spokesman for the 3 agencies said. "
            + "At the time, 17 people were hurt in 01904 district.";

    private static AnnotatedArticle annotate(CoreNlpAnnotator annotator) {
        return annotator.apply(AnnotatedArticleFixture.article(TEXT, DateRange.day(TUESDAY)));
    }

    private static Token token(AnnotatedArticle a, String word) {
        return a.tokens().stream().filter(t -> t.word().equals(word)).findFirst().orElseThrow();
    }

    @Test
    void valuesPlainNumbersAndStillDatesYearLikeNumbers() {
        AnnotatedArticle a = annotate(SharedCoreNlp.annotator());
        assertThat(token(a, "1,200").ner()).isEqualTo("NUMBER");
        assertThat(token(a, "1,200").normalized()).isEqualTo("~1200.0");
        assertThat(token(a, "45").normalized()).isEqualTo("45.0");
        assertThat(token(a, "3").normalized()).isEqualTo("3.0");
        assertThat(token(a, "3.5").ner()).isEqualTo("MONEY");
        assertThat(token(a, "12").ner()).isEqualTo("PERCENT");
        assertThat(token(a, "2019").ner()).isEqualTo("DATE");
        assertThat(a.times()).extracting(TimeExpression::text).contains("2019", "last week", "time", "01904");
    }

    @Test
    void tagsValuesAndTimesAsWithSutimeInEveryWindow() {
        // no CRF model: the numeric classifiers alone decide the tags, and the test loads little
        CoreNlpConfig numericOnly = CoreNlpConfig.defaults().withNerModels(List.of());
        AnnotatedArticle narrow = ConfigsAgreeing.annotateAndCompare(numericOnly,
                numericOnly.withTimeOnlyWhereTemporal(false), AnnotatedArticleFixture.article(TEXT, DateRange.day(TUESDAY)));
        assertThat(narrow.tokens()).filteredOn(t -> "NUMBER".equals(t.ner())).extracting(Token::word)
                .contains("1,200", "45", "300", "17");
    }
}
