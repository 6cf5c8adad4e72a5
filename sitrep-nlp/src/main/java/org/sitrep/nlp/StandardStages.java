package org.sitrep.nlp;

import java.util.List;
import org.sitrep.Sitrep;
import org.sitrep.analyse.CountryNames;
import org.sitrep.analyse.StandardAnalysers;
import org.sitrep.analyse.StoryAnalyser;
import org.sitrep.analyse.SummaryConfig;
import org.sitrep.annotate.ArticleAnnotator;
import org.sitrep.annotate.Gazetteer;
import org.sitrep.annotate.SentenceEmbedder;
import org.sitrep.cluster.OnlineClusterer;

/**
 * The stages of the standard pipeline, wired in one place for every way of running it: the command
 * line ({@code StandardPipeline} in sitrep-app) and the Flink job's {@code StandardRecipe} both start
 * from {@link #builder}, so {@code sitrep report}, {@code sitrep flink} and {@code flink run} run the
 * same stages. Given an annotator (normally {@link CoreNlpAnnotator} with
 * {@link CoreNlpConfig#defaults()}) and a sentence embedder (normally {@link MiniLmEmbedder}): the
 * facade's defaults for extraction and the annotation layers, the online story clusterer comparing
 * lead embeddings, terms and names, and the standard story analysers with the same embedder (summary
 * centrality and citation support by meaning) and CoreNLP's noun animacy lists (claims), in the order
 * of DESIGN.md.
 *
 * <p>Stateless; building the pipeline costs what loading the given models costs.
 */
public final class StandardStages {

    private StandardStages() {
    }

    /** A builder with the standard stages around these models; the caller sets threads and builds. */
    public static Sitrep.Builder builder(ArticleAnnotator annotator, SummaryConfig summary, SentenceEmbedder embedder) {
        return Sitrep.builder().annotator(annotator).clusterer(OnlineClusterer.withDefaults(embedder))
                .analysers(analysers(summary, embedder));
    }

    /** The standard analysers with these summary settings and this sentence embedder. */
    public static List<StoryAnalyser> analysers(SummaryConfig summary, SentenceEmbedder embedder) {
        return StandardAnalysers.all(CountryNames.of(Gazetteer.standard()), CoreNlpNounAnimacy.standard(), summary,
                embedder);
    }
}
