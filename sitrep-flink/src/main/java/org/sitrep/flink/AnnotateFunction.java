package org.sitrep.flink;

import org.apache.flink.util.Collector;
import org.sitrep.annotate.AnnotatedArticle;
import org.sitrep.extract.Article;
import org.sitrep.pipeline.Problem;

/**
 * The annotation stage as a Flink operator: the model and every annotation layer on one article.
 * The costly stage of the job (CoreNLP and the embedder), so it runs at full parallelism with the
 * articles spread round-robin over its instances; each instance uses the JVM's shared pipeline
 * ({@link SharedPipelines}). An article whose annotation fails goes to
 * {@link ExtractFunction#PROBLEMS} and is left out, as in {@code sitrep report}.
 */
public final class AnnotateFunction extends PipelineFunction<Article, AnnotatedArticle> {

    private static final long serialVersionUID = 1L;


    public AnnotateFunction(PipelineRecipe recipe) {
        super(recipe);
    }

    @Override
    public void processElement(Article article, Context ctx, Collector<AnnotatedArticle> out) {
        AnnotatedArticle annotated;
        try {
            annotated = sitrep().annotate(article);
        } catch (RuntimeException e) {
            ctx.output(ExtractFunction.PROBLEMS,
                    Problem.error(article.origin().location(), "annotation failed: " + e).toString());
            return;
        }
        out.collect(annotated);
    }
}
