package org.sitrep.nlp;

import java.time.LocalDate;
import java.util.List;
import org.sitrep.annotate.AnnotatedArticle;
import org.sitrep.annotate.AnnotatedArticleFixture;
import org.sitrep.annotate.AnnotationLayer;
import org.sitrep.annotate.StandardLayers;
import org.sitrep.extract.Article;
import org.sitrep.model.DateRange;

/**
 * Test fixture: one CoreNLP annotator with the default config for the whole test JVM, built on first
 * use (6-14 s), never closed, shared by every test that needs real annotation; and the standard
 * annotation layers to run after it. Part of this module's test-jar, so other modules' tests reuse
 * it instead of loading the models again. Thread-safe.
 */
public final class SharedCoreNlp {

    private static final class Holder {
        static final CoreNlpAnnotator ANNOTATOR = new CoreNlpAnnotator(CoreNlpConfig.defaults());
        static final List<AnnotationLayer> LAYERS = StandardLayers.all();
    }

    private SharedCoreNlp() {
    }

    /** The shared annotator; builds it on first call. */
    public static CoreNlpAnnotator annotator() {
        return Holder.ANNOTATOR;
    }

    /** The standard rule-based layers, in running order. */
    public static List<AnnotationLayer> layers() {
        return Holder.LAYERS;
    }

    /** The article through CoreNLP and every standard layer. */
    public static AnnotatedArticle annotate(Article article) {
        AnnotatedArticle a = annotator().apply(article);
        for (AnnotationLayer layer : layers()) {
            a = layer.apply(a);
        }
        return a;
    }

    /** {@code text}, published on {@code day} (null for none), through CoreNLP and every layer. */
    public static AnnotatedArticle annotate(String text, LocalDate day) {
        return annotate(AnnotatedArticleFixture.article(text, day));
    }

    /** {@code text} with a published date of any precision (or null), through CoreNLP and every layer. */
    public static AnnotatedArticle annotate(String text, DateRange published) {
        return annotate(AnnotatedArticleFixture.article(text, published));
    }
}
