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
        assertThat(c.fineGrainedNer()).isFalse();
        assertThat(c.sutime()).isTrue();
        assertThat(c.newlineIsSentenceBreak()).isEqualTo("two");
        assertThat(c.maxNerSentenceTokens()).isEqualTo(300);
        assertThat(c.withFineGrainedNer(true).fineGrainedNer()).isTrue();
    }

    @Test
    void rejectsPipelinesItCannotMap() {
        assertThatThrownBy(() -> new CoreNlpConfig(List.of("pos"), false, true, "two", 300))
                .hasMessageContaining("tokenize and ssplit");
        assertThatThrownBy(() -> new CoreNlpConfig(CoreNlpConfig.DEFAULT_ANNOTATORS, false, true, "sometimes", 300))
                .hasMessageContaining("newlineIsSentenceBreak");
        assertThatThrownBy(() -> new CoreNlpConfig(CoreNlpConfig.DEFAULT_ANNOTATORS, false, true, "two", 0))
                .hasMessageContaining("maxNerSentenceTokens");
    }
}
