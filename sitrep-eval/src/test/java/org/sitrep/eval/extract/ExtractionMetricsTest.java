package org.sitrep.eval.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExtractionMetricsTest {

    @Test
    void bagOfWordsCountsRepeatedWordsAsAMultiset() {
        Prf s = BagOfWords.score("the cat the cat the", "The cat sat");
        // overlap: the x1, cat x1 = 2; predicted 5 tokens, gold 3
        assertThat(s.precision()).isCloseTo(0.4, within(1e-9));
        assertThat(s.recall()).isCloseTo(2.0 / 3, within(1e-9));
        assertThat(s.f1()).isCloseTo(0.5, within(1e-9));
    }

    @Test
    void bagOfWordsIgnoresCaseAndPunctuationAndScoresEmptyPredictionsZero() {
        assertThat(BagOfWords.score("Hello, WORLD!", "hello world").f1()).isEqualTo(1.0);
        assertThat(BagOfWords.score("", "hello world").f1()).isEqualTo(0.0);
        assertThat(BagOfWords.score("", "").f1()).isEqualTo(1.0);
    }

    @Test
    void snippetsMatchAfterCollapsingWhiteSpace() {
        SnippetCounts c = SnippetCounts.of("Main  text\nhere. Footer", List.of("main text", "Main text here.", "absent"),
                List.of("Footer", "Cookie"));
        assertThat(c).isEqualTo(new SnippetCounts(1, 2, 1, 1));
        Prf p = c.prf();
        assertThat(p.precision()).isCloseTo(0.5, within(1e-9));
        assertThat(p.recall()).isCloseTo(1.0 / 3, within(1e-9));
        assertThat(p.f1()).isCloseTo(2.0 / 5, within(1e-9));
    }

    @Test
    void titlesMatchIgnoringCaseQuotesAndTrailingPunctuation() {
        assertThat(MetadataMatch.title("Don\u2019t  panic.", "don't panic")).isTrue();
        assertThat(MetadataMatch.title("Don't panic | The Site", "Don't panic")).isFalse();
    }

    @Test
    void authorsMatchAsSetsOfNames() {
        assertThat(MetadataMatch.author("By Jane Doe and John Smith", "John Smith, Jane Doe")).isTrue();
        assertThat(MetadataMatch.author("Jane Doe", "John Smith, Jane Doe")).isFalse();
    }

    @Test
    void dateOutcomesSeparateWrongCoarseAndMissingDates() {
        BenchPage dated = new BenchPage("p", null, new byte[0], "article", "gold text", List.of(), List.of(), null, null,
                LocalDate.of(2020, 3, 20));
        assertThat(ExtractionEvaluator.score(ExtractionDataset.WCXB, dated,
                new Extraction("gold text", null, null, LocalDate.of(2020, 3, 20), false)).date())
                .isEqualTo(PageScore.DateOutcome.EXACT);
        assertThat(ExtractionEvaluator.score(ExtractionDataset.WCXB, dated,
                new Extraction("x", null, null, LocalDate.of(2020, 3, 21), false)).date())
                .isEqualTo(PageScore.DateOutcome.WRONG);
        assertThat(ExtractionEvaluator.score(ExtractionDataset.WCXB, dated, new Extraction("x", null, null, null, true))
                .date()).isEqualTo(PageScore.DateOutcome.COARSE);
        assertThat(ExtractionEvaluator.score(ExtractionDataset.WCXB, dated, Extraction.FAILED).date())
                .isEqualTo(PageScore.DateOutcome.NONE);
    }

    @Test
    void wcxbIsScoredAsAMacroMeanOverPagesAndPerType() {
        BenchPage a = new BenchPage("a", null, new byte[0], "article", "one two", List.of(), List.of(), null, null, null);
        BenchPage f = new BenchPage("f", null, new byte[0], "forum", "three four", List.of(), List.of(), null, null, null);
        ExtractionScores s = ExtractionEvaluator.summarise(ExtractionDataset.WCXB, "x", List.of(
                ExtractionEvaluator.score(ExtractionDataset.WCXB, a, Extraction.textOnly("one two")),
                ExtractionEvaluator.score(ExtractionDataset.WCXB, f, Extraction.textOnly("nothing"))), 0, 1, 1);
        assertThat(s.text().f1()).isCloseTo(0.5, within(1e-9));
        assertThat(s.type("article").f1()).isEqualTo(1.0);
        assertThat(s.type("forum").f1()).isEqualTo(0.0);
        assertThat(ScoreReport.detail(s)).contains("| article | 1 | 1.000 | 1.000 | 1.000 |");
    }
}
