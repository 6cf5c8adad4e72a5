package org.sitrep.flink;

import org.sitrep.Sitrep;
import org.sitrep.analyse.SummaryConfig;
import org.sitrep.nlp.CoreNlpAnnotator;
import org.sitrep.nlp.CoreNlpConfig;
import org.sitrep.nlp.MiniLmEmbedder;
import org.sitrep.nlp.StandardStages;

/**
 * The standard pipeline for {@code flink run}, where the CLI (sitrep-app) is not on the class path:
 * the stages of {@link StandardStages}, the same wiring the CLI's {@code StandardPipeline} uses, with
 * the CoreNLP annotator (default config), the default summary settings and the MiniLM embedder.
 * {@code sitrep flink} passes the CLI's own pipeline instead.
 *
 * <p>One task slot is one core's worth of work: the facade gets one worker thread (Flink runs an
 * operator instance per slot and each calls the stages directly) and the embedder computes on the
 * calling thread ({@link MiniLmEmbedder#singleThreaded()}, the same vectors as the CLI's), so
 * parallelism comes from the slots alone. Building loads CoreNLP and the embedding model.
 */
public final class StandardRecipe implements PipelineRecipe {

    private static final long serialVersionUID = 1L;

    @Override
    public Sitrep build() {
        return StandardStages.builder(new CoreNlpAnnotator(CoreNlpConfig.defaults()), SummaryConfig.defaults(),
                        MiniLmEmbedder.singleThreaded())
                .threads(1).build();
    }
}
