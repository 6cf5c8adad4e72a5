package org.sitrep.app;

import org.sitrep.Sitrep;
import org.sitrep.nlp.CoreNlpAnnotator;
import org.sitrep.nlp.CoreNlpConfig;

/**
 * The standard Sitrep pipeline, the one place where the CLI chooses its stages: the CoreNLP
 * annotator, and the facade's defaults for everything else (extraction, the rule-based annotation
 * layers, story clustering, the story analysers), in the order of DESIGN.md.
 *
 * <p>Each call builds a new pipeline; the caller closes it, which releases the annotator's models
 * and the worker threads. Building loads the models (CoreNLP takes about 6 to 13 s), so build one
 * per run.
 */
public final class StandardPipeline {

    private StandardPipeline() {
    }

    /** A pipeline with {@code threads} worker threads. */
    public static Sitrep create(int threads) {
        return Sitrep.builder().threads(threads).annotator(new CoreNlpAnnotator(CoreNlpConfig.defaults())).build();
    }
}
