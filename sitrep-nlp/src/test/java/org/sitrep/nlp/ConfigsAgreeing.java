package org.sitrep.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.sitrep.annotate.AnnotatedArticle;
import org.sitrep.extract.Article;

/**
 * Test fixture: one article annotated by two annotators built from configs that must give the same
 * output (a faster path and the path it replaces), the two compared token by token (word, tag,
 * value) and time expression by time expression. Builds and closes both annotators (each loads
 * CoreNLP's models: keep the configs small, such as without CRF models).
 */
final class ConfigsAgreeing {

    private ConfigsAgreeing() {
    }

    /** {@code article} through both configs, asserted equal; returns the annotation of {@code fast}. */
    static AnnotatedArticle annotateAndCompare(CoreNlpConfig fast, CoreNlpConfig reference, Article article) {
        CoreNlpAnnotator fastAnnotator = new CoreNlpAnnotator(fast);
        CoreNlpAnnotator referenceAnnotator = new CoreNlpAnnotator(reference);
        try {
            AnnotatedArticle a = fastAnnotator.apply(article);
            AnnotatedArticle b = referenceAnnotator.apply(article);
            assertThat(a.tokens()).extracting(t -> t.word() + " " + t.ner() + " " + t.normalized())
                    .containsExactlyElementsOf(b.tokens().stream()
                            .map(t -> t.word() + " " + t.ner() + " " + t.normalized()).toList());
            assertThat(a.times()).isEqualTo(b.times());
            assertThat(a.mentions()).isEqualTo(b.mentions());
            return a;
        } finally {
            fastAnnotator.close();
            referenceAnnotator.close();
        }
    }
}
