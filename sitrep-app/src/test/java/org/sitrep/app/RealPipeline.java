package org.sitrep.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.sitrep.RunOptions;
import org.sitrep.Sitrep;
import org.sitrep.analyse.SummaryConfig;
import org.sitrep.nlp.SharedAnnotator;
import org.sitrep.nlp.SharedCoreNlp;
import org.sitrep.pipeline.ProblemSink;
import org.sitrep.pipeline.ProgressListener;
import org.sitrep.report.Report;

/**
 * Test fixture: the standard pipeline with the one CoreNLP annotator of the test JVM
 * ({@link SharedCoreNlp}) and one embedding model, so that each test builds a fresh {@link Sitrep}
 * (cheap) without loading the models again, and closing that pipeline leaves the shared models
 * loaded. Reports of whole
 * corpora are computed once per JVM and shared by the tests that read them.
 */
final class RealPipeline {

    private static final Map<String, Report> REPORTS = new ConcurrentHashMap<>();

    private RealPipeline() {
    }

    /** A factory for the CLI: the standard stages (as {@link StandardPipeline} wires them) around the shared annotator. */
    static PipelineFactory factory() {
        return new PipelineFactory() {
            @Override
            public Sitrep create(int threads) {
                return create(threads, SummaryConfig.defaults());
            }

            @Override
            public Sitrep create(int threads, SummaryConfig summary) {
                return StandardPipeline.builder(new SharedAnnotator(), summary).threads(threads).build();
            }
        };
    }

    /**
     * The report of the standard pipeline on {@code input}, computed once per JVM. The pipeline gets
     * the path as given: article ids hash the source, so a relative path gives the same ids wherever
     * the repository is checked out.
     */
    static Report report(Path input) {
        return REPORTS.computeIfAbsent(input.toAbsolutePath().normalize().toString(), key -> {
            try (Sitrep sitrep = factory().create(2)) {
                return sitrep.report(List.of(input.toString()), RunOptions.defaults(), ProgressListener.NONE,
                        ProblemSink.IGNORE);
            }
        });
    }

}
