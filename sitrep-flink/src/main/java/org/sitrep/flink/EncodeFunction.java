package org.sitrep.flink;

import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.util.Collector;
import org.sitrep.annotate.AnnotatedArticle;
import org.sitrep.cluster.ArticleSketcher;
import org.sitrep.cluster.OnlineClusterer;

/**
 * Readies an annotated article for the one clustering instance, in the parallel stage: encodes it
 * ({@link EncodedArticle}) and, when the pipeline clusters online, sketches it
 * ({@link ArticleSketcher#sketch}: the lead embedding, the costliest part, and the terms, names and
 * shingle signature). The clustering instance then only offers the sketches to its tracker, so less of
 * the job runs on one slot (with the default watermark bound, all of it after the last article is
 * annotated). A sketch depends on its article only, so it is the one the session would make itself and
 * the stories do not change.
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
        sketcher = sitrep().clusterer() instanceof OnlineClusterer online ? online.sketcher() : null;
    }

    @Override
    public void processElement(AnnotatedArticle article, Context ctx, Collector<EncodedArticle> out) {
        out.collect(EncodedArticle.of(article, sketcher == null ? null : sketcher.sketch(article)));
    }
}
