package org.sitrep.flink;

import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.util.Collector;
import org.sitrep.annotate.AnnotatedArticle;
import org.sitrep.cluster.ArticleSketcher;
import org.sitrep.cluster.OnlineClusterer;

/**
 * Readies an annotated article for the one clustering instance, in the parallel stage: encodes it
 * ({@link EncodedArticle}) and, when the pipeline clusters online with lead embeddings, embeds its lead
 * ({@link ArticleSketcher#leadEmbedding}), the costliest part of sketching an article. The clustering
 * instance then only sketches terms and names and offers the sketches to its tracker, so less of the
 * job runs on one slot (with the default watermark bound, all of it after the last article is
 * annotated). The embedding is the one the session would compute itself, so the stories do not change.
 */
final class EncodeFunction extends PipelineFunction<AnnotatedArticle, EncodedArticle> {

    private static final long serialVersionUID = 1L;

    private transient ArticleSketcher sketcher;

    EncodeFunction(PipelineRecipe recipe) {
        super(recipe);
    }

    @Override
    public void open(OpenContext context) throws Exception {
        super.open(context);
        sketcher = sitrep().clusterer() instanceof OnlineClusterer online && online.sketcher().embeds()
                ? online.sketcher() : null;
    }

    @Override
    public void processElement(AnnotatedArticle article, Context ctx, Collector<EncodedArticle> out) {
        out.collect(EncodedArticle.of(article, sketcher == null ? null : sketcher.leadEmbedding(article)));
    }
}
