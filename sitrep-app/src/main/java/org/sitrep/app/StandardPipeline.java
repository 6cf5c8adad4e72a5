package org.sitrep.app;

import org.sitrep.Sitrep;

/**
 * The standard Sitrep pipeline, the one place where the CLI chooses its stages: the extractor,
 * the CoreNLP annotator and the rule-based annotation layers, the story clusterer and the story
 * analysers, in the order DESIGN.md gives them.
 *
 * <p>Each call builds a new pipeline; the caller closes it, which releases the annotator's models
 * and the worker threads. Building loads the models (CoreNLP takes about 13 s), so build one per run.
 */
public final class StandardPipeline {

    private StandardPipeline() {
    }

    /**
     * A pipeline with {@code threads} worker threads.
     *
     * @throws IllegalStateException when a stage the pipeline needs is not part of this build
     */
    public static Sitrep create(int threads) {
        Sitrep.Builder builder = Sitrep.builder().threads(threads);
        // The stage implementations (extraction, CoreNLP annotation and the rule-based layers,
        // clustering, analysis) are written on their own branches and are wired in here when those
        // branches are merged, in the order of DESIGN.md:
        //   builder.extractor(...).annotator(...).layers(List.of(...)).clusterer(...).analysers(List.of(...));
        try {
            return builder.build();
        } catch (NullPointerException e) {
            // Sitrep.Builder names a missing required stage in a null check; say it in the user's terms
            throw new IllegalStateException("the standard pipeline is incomplete in this build: " + e.getMessage(), e);
        }
    }
}
