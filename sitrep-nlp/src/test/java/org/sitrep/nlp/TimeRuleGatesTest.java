package org.sitrep.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ie.regexp.NumberSequenceClassifier;
import java.time.LocalDate;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.sitrep.annotate.AnnotatedArticle;
import org.sitrep.annotate.AnnotatedArticleFixture;
import org.sitrep.annotate.TimeExpression;
import org.sitrep.model.DateRange;

/**
 * SUTime's token rules gated on the nodes their patterns require ({@link CoreNlpConfig#gateTimeRules()})
 * find the same time expressions as ungated: holidays (SUTime's holiday rules and binder), composite
 * expressions built from other expressions over several passes, ranges, clock times, and windows that
 * hold a time word but none of most rules' required words.
 */
class TimeRuleGatesTest {

    private static final LocalDate THURSDAY = LocalDate.of(2021, 4, 15);
    private static final String TEXT = "Talks resumed in the first week of March, two weeks after Easter Sunday. "
            + "Shops closed on Christmas Eve and again on Thanksgiving, officials said. "
            + "The convoy left at 10:30 a.m. on Friday and was due back by the end of next month. "
            + "Fighting went on from Monday to Wednesday, and in the third quarter of 2019 prices rose. "
            + "Late last year the ministry said the plan would take three years; the decade before was calmer. "
            + "The vote is set for the second half of the year, around Memorial Day.";

    @Test
    void gatedRulesFindTheSameTimesAsUngated() {
        // no CRF model: the numeric classifiers alone decide the tags, and the test loads little
        CoreNlpConfig numericOnly = CoreNlpConfig.defaults().withNerModels(List.of());
        AnnotatedArticle gated = ConfigsAgreeing.annotateAndCompare(numericOnly, numericOnly.withGateTimeRules(false),
                AnnotatedArticleFixture.article(TEXT, DateRange.day(THURSDAY)));
        assertThat(gated.times()).extracting(TimeExpression::text)
                .contains("the first week of March, two weeks after Easter Sunday", "Christmas Eve", "Thanksgiving",
                        "10:30 a.m. on Friday", "the end of next month", "Late last year", "Memorial Day");
    }

    @Test
    void gatesMostOfSutimesRules() {
        NumberSequenceClassifier withSutime = new NumberSequenceClassifier(new Properties(), true, new Properties());
        // 214 of its 217 token rules in CoreNLP 4.5.10: all but those starting with a repetition or conjunction
        assertThat(TimeRuleGates.install(withSutime)).isGreaterThan(150);
        NumberSequenceClassifier withoutSutime = new NumberSequenceClassifier(new Properties(), false, new Properties());
        assertThat(TimeRuleGates.install(withoutSutime)).isZero();
    }
}
