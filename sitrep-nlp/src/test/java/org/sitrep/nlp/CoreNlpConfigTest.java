package org.sitrep.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class CoreNlpConfigTest {

    @Test
    void defaultsToTheFastPipelineWithSutimeAndParagraphSentenceBreaks() {
        CoreNlpConfig c = CoreNlpConfig.defaults();
        assertThat(c.annotators()).containsExactly("tokenize", "ssplit", "pos", "lemma", "ner");
        assertThat(c.nerModels()).containsExactly(CoreNlpConfig.THREE_CLASS_MODEL);
        assertThat(c.fineGrainedNer()).isFalse();
        assertThat(c.sutime()).isTrue();
        assertThat(c.numericScope()).isEqualTo(CoreNlpConfig.NumericScope.CUED_WINDOWS);
        assertThat(c.numericWindow()).isEqualTo(6);
        assertThat(c.numericWindowAfter()).isEqualTo(3);
        assertThat(c.withNumericWindows(4, 2).numericWindow()).isEqualTo(4);
        assertThat(c.withNumericWindows(4, 2).numericWindowAfter()).isEqualTo(2);
        assertThat(c.newlineIsSentenceBreak()).isEqualTo("two");
        assertThat(c.maxNerSentenceTokens()).isEqualTo(300);
        assertThat(c.maxTokenChars()).isEqualTo(100);
        assertThat(c.maxArticleChars()).isEqualTo(300_000);
        assertThat(c.withFineGrainedNer(true).fineGrainedNer()).isTrue();
        assertThat(c.withNumericScope(CoreNlpConfig.NumericScope.EVERY_SENTENCE).numericScope())
                .isEqualTo(CoreNlpConfig.NumericScope.EVERY_SENTENCE);
    }

    @Test
    void describesCoreNlpsOwnDefaultNer() {
        CoreNlpConfig c = CoreNlpConfig.coreNlpDefaults();
        assertThat(c.nerModels()).containsExactly(CoreNlpConfig.THREE_CLASS_MODEL, CoreNlpConfig.MUC_MODEL,
                CoreNlpConfig.CONLL_MODEL);
        assertThat(c.fineGrainedNer()).isTrue();
        assertThat(c.numericScope()).isEqualTo(CoreNlpConfig.NumericScope.EVERY_SENTENCE);
    }

    @Test
    void rejectsPipelinesItCannotMap() {
        assertThatThrownBy(() -> new CoreNlpConfig(List.of("pos"), false, true, "two", 300))
                .hasMessageContaining("tokenize and ssplit");
        assertThatThrownBy(() -> new CoreNlpConfig(List.of("tokenize", "ssplit", "ner"), false, true, "two", 300))
                .hasMessageContaining("pos and lemma");
        assertThatThrownBy(() -> new CoreNlpConfig(CoreNlpConfig.DEFAULT_ANNOTATORS, false, true, "sometimes", 300))
                .hasMessageContaining("newlineIsSentenceBreak");
        assertThatThrownBy(() -> new CoreNlpConfig(CoreNlpConfig.DEFAULT_ANNOTATORS, false, true, "two", 0))
                .hasMessageContaining("maxNerSentenceTokens");
        assertThatThrownBy(() -> CoreNlpConfig.defaults().withLimits(300, 0, 1)).hasMessageContaining("maxTokenChars");
        assertThatThrownBy(() -> CoreNlpConfig.defaults().withNumericWindows(6, -1)).hasMessageContaining("negative");
        assertThatThrownBy(() -> CoreNlpConfig.defaults().withNerModels(List.of()).withSutime(false))
                .hasMessageContaining("at least one model or SUTime");
    }
}
