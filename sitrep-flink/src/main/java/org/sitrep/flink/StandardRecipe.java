package org.sitrep.flink;

import org.sitrep.Sitrep;
import org.sitrep.analyse.CountryNames;
import org.sitrep.analyse.StandardAnalysers;
import org.sitrep.analyse.SummaryConfig;
import org.sitrep.annotate.Gazetteer;
import org.sitrep.nlp.CoreNlpAnnotator;
import org.sitrep.nlp.CoreNlpConfig;
import org.sitrep.nlp.MiniLmEmbedder;

/**
 * The standard pipeline for {@code flink run}, where the CLI's {@code StandardPipeline} (in
 * sitrep-app, which this module cannot see) is not on the class path: the CoreNLP annotator with its
 * default config, the facade's default extraction, layers and clustering, and the standard analysers
 * with the MiniLM sentence embedder. It wires the same stages as {@code StandardPipeline} and must be
 * kept in step with it; {@code sitrep flink} passes the CLI's own pipeline instead.
 *
 * <p>Building loads CoreNLP and the embedding model; the facade gets one worker thread because Flink
 * runs one operator instance per task slot and each calls the stages directly.
 */
public final class StandardRecipe implements PipelineRecipe {

    private static final long serialVersionUID = 1L;

    @Override
    public Sitrep build() {
        return Sitrep.builder().threads(1).annotator(new CoreNlpAnnotator(CoreNlpConfig.defaults()))
                .analysers(StandardAnalysers.all(CountryNames.of(Gazetteer.standard()), SummaryConfig.defaults(),
                        new MiniLmEmbedder()))
                .build();
    }
}
