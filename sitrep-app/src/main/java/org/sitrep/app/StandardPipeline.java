package org.sitrep.app;

import java.util.List;
import org.sitrep.Sitrep;
import org.sitrep.analyse.StoryAnalyser;
import org.sitrep.analyse.SummaryConfig;
import org.sitrep.annotate.ArticleAnnotator;
import org.sitrep.annotate.SentenceEmbedder;
import org.sitrep.nlp.CoreNlpAnnotator;
import org.sitrep.nlp.CoreNlpConfig;
import org.sitrep.nlp.MiniLmEmbedder;
import org.sitrep.nlp.StandardStages;

/**
 * The standard Sitrep pipeline of the CLI: the CoreNLP annotator and the MiniLM sentence embedder
 * around the stages of {@link StandardStages} (sitrep-nlp), which the Flink job's recipe shares: the
 * facade's defaults for extraction and the annotation layers, the online story clusterer comparing
 * lead embeddings, terms and names (batch runs, and incremental ingest through the facade's
 * {@link org.sitrep.cluster.Reclusterer} over it), and the standard story analysers with the same
 * sentence embedder, in the order of DESIGN.md.
 *
 * <p>Each call builds a new pipeline; the caller closes it, which releases the annotator's models
 * and the worker threads. Building loads the models (CoreNLP takes about 6 to 13 s, the embedding
 * model under a second), so build one per run.
 */
public final class StandardPipeline {

    /** The standard pipeline as the CLI's factory, with or without other summary settings. */
    public static final PipelineFactory FACTORY = new PipelineFactory() {
        @Override
        public Sitrep create(int threads) {
            return StandardPipeline.create(threads);
        }

        @Override
        public Sitrep create(int threads, SummaryConfig summary) {
            return StandardPipeline.create(threads, summary);
        }
    };

    private StandardPipeline() {
    }

    /** A pipeline with {@code threads} worker threads and the default summary settings. */
    public static Sitrep create(int threads) {
        return create(threads, SummaryConfig.defaults());
    }

    /** A pipeline with {@code threads} worker threads and these summary settings. */
    public static Sitrep create(int threads, SummaryConfig summary) {
        return builder(new CoreNlpAnnotator(CoreNlpConfig.defaults()), summary).threads(threads).build();
    }

    /**
     * The standard stages around an annotator the caller has loaded (tests share one per JVM): the
     * online clusterer and the analysers, both with the shared sentence embedder.
     */
    public static Sitrep.Builder builder(ArticleAnnotator annotator, SummaryConfig summary) {
        return StandardStages.builder(annotator, summary, Embedders.STANDARD);
    }

    /** The standard analysers with these summary settings and the sentence embedder. */
    public static List<StoryAnalyser> analysers(SummaryConfig summary) {
        return StandardStages.analysers(summary, Embedders.STANDARD);
    }

    /** The sentence embedder the pipeline uses (MiniLM), shared by the JVM. */
    public static SentenceEmbedder embedder() {
        return Embedders.STANDARD;
    }

    /** The embedder, loaded once per JVM when first used (under a second). */
    private static final class Embedders {
        static final SentenceEmbedder STANDARD = new MiniLmEmbedder();
    }
}
