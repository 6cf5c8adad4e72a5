package org.sitrep.app;

import org.sitrep.Sitrep;
import org.sitrep.annotate.AnnotatedArticle;
import org.sitrep.annotate.ArticleAnnotator;
import org.sitrep.extract.Article;
import org.sitrep.store.fixtures.RegexAnnotator;

/**
 * The {@code sitrep} command line with a model-free annotator that takes a fixed time per article, as
 * a model would, so that a test can kill an ingest while it runs ({@link IngestCrashSafetyTest}).
 * Runs in its own JVM.
 */
public final class CrashIngestMain {

    /** Time one annotation takes, standing in for a model's work. */
    static final long ANNOTATION_MILLIS = 15;

    private CrashIngestMain() {
    }

    public static void main(String[] args) {
        System.exit(Main.run(args, new CliContext(System.out, System.err, false,
                threads -> Sitrep.builder().threads(threads).annotator(new TimedAnnotator()).build())));
    }

    /** {@link RegexAnnotator} that takes {@link #ANNOTATION_MILLIS} per article. */
    static final class TimedAnnotator implements ArticleAnnotator {
        private final RegexAnnotator inner = new RegexAnnotator();

        @Override
        public String name() {
            return "timed-regex";
        }

        @Override
        public AnnotatedArticle apply(Article article) {
            try {
                Thread.sleep(ANNOTATION_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return inner.apply(article);
        }
    }
}
