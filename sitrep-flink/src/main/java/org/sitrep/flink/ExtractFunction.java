package org.sitrep.flink;

import java.time.LocalDate;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;
import org.sitrep.extract.Article;
import org.sitrep.extract.ExtractionException;
import org.sitrep.model.DateRange;
import org.sitrep.pipeline.Problem;

/**
 * The extraction stage as a Flink operator: one {@link Article} per document that holds one; the
 * documents that hold none, and the problems the source met, go to {@link #PROBLEMS} as the lines
 * {@code sitrep report} prints, and the job goes on. Applies {@code --date} to undated articles as the
 * facade does. Runs next to the source, in the source's slots.
 */
public final class ExtractFunction extends PipelineFunction<Ingested, Article> {

    private static final long serialVersionUID = 1L;

    /** Problems with inputs, one line each ({@code error: INPUT: REASON}). */
    public static final OutputTag<String> PROBLEMS = new OutputTag<>("problems") {
        private static final long serialVersionUID = 1L;
    };

    private final LocalDate defaultDate;

    public ExtractFunction(PipelineRecipe recipe, LocalDate defaultDate) {
        super(recipe);
        this.defaultDate = defaultDate;
    }

    @Override
    public void processElement(Ingested in, Context ctx, Collector<Article> out) {
        if (in.problem() != null) {
            ctx.output(PROBLEMS, in.problem().toString());
            return;
        }
        String location = in.document().origin().location();
        Article a;
        try {
            a = sitrep().extract(in.document());
        } catch (ExtractionException e) {
            ctx.output(PROBLEMS, Problem.error(location, e.getMessage()).toString());
            return;
        } catch (RuntimeException e) {
            ctx.output(PROBLEMS, Problem.error(location, "extraction failed: " + e).toString());
            return;
        }
        if (a.published() == null && defaultDate != null) {
            a = a.withPublished(DateRange.day(defaultDate), "--date " + defaultDate);
        }
        out.collect(a);
    }
}
