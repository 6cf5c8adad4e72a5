package org.sitrep.app;

import org.sitrep.Sitrep;
import org.sitrep.annotate.ArticleAnnotator;
import org.sitrep.annotate.SentenceEmbedder;
import org.sitrep.cluster.OnlineClusterer;
import org.sitrep.nlp.CoreNlpAnnotator;
import org.sitrep.nlp.CoreNlpConfig;
import org.sitrep.nlp.MiniLmEmbedder;

/**
 * The standard Sitrep pipeline, the one place where the CLI chooses its stages: the CoreNLP
 * annotator, the online story clusterer comparing lead embeddings (all-MiniLM-L6-v2), terms and
 * names, and the facade's defaults for everything else (extraction, the rule-based annotation layers,
 * the story analysers), in the order of DESIGN.md.
 *
 * <p>Each call builds a new pipeline; the caller closes it, which releases the annotator's models
 * and the worker threads. Building loads the models (CoreNLP takes about 6 to 13 s, the embedding
 * model under a second), so build one per run.
 */
public final class StandardPipeline {

    private StandardPipeline() {
    }

    /** A pipeline with {@code threads} worker threads. */
    public static Sitrep create(int threads) {
        return builder(new CoreNlpAnnotator(CoreNlpConfig.defaults()), new MiniLmEmbedder()).threads(threads).build();
    }

    /** The standard stages around models the caller has loaded (tests share one per JVM). */
    public static Sitrep.Builder builder(ArticleAnnotator annotator, SentenceEmbedder embedder) {
        return Sitrep.builder().annotator(annotator).clusterer(OnlineClusterer.withDefaults(embedder));
    }
}
