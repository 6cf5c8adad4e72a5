package org.sitrep.flink;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ListState;
import org.apache.flink.api.common.state.ListStateDescriptor;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;
import org.sitrep.annotate.AnnotatedArticle;
import org.sitrep.cluster.Story;
import org.sitrep.model.ArticleId;
import org.sitrep.pipeline.Problem;

/**
 * The clustering stage as a Flink operator, giving exactly the stories of the single-machine run.
 * Sitrep's clusterers see a whole collection in publication order and may depend on the order they
 * are given articles in (an online story tracker does), so every article is keyed to one instance
 * ({@link #KEY}), which buffers them in keyed list state and, when the input ends (the watermark
 * reaches the end of time), puts them in the order {@code sitrep report} reads them
 * ({@link InputRoots#orderKey}), drops repeated ids as the facade does, and hands them to the
 * pipeline's clusterer, whichever {@link org.sitrep.cluster.StoryClusterer} the recipe wires.
 *
 * <p>State: the encoded annotated articles ({@link RecordCodec}), checkpointed with the rest of the
 * job, so a restart resumes with the buffer as it was. Cost: the clusterer's, on one slot; the
 * stages before and after it run in parallel.
 */
public final class StoryClusteringFunction extends KeyedProcessFunction<Integer, AnnotatedArticle, Story> {

    private static final long serialVersionUID = 1L;

    /** The one key every article is sent to. */
    public static final int KEY = 0;

    private final PipelineLease pipeline;
    private final InputRoots roots;
    private transient ListState<AnnotatedArticle> buffer;
    private transient ValueState<Boolean> timerSet;

    public StoryClusteringFunction(PipelineRecipe recipe, InputRoots roots) {
        this.pipeline = new PipelineLease(recipe);
        this.roots = roots;
    }

    @Override
    public void open(OpenContext context) {
        pipeline.open();
        buffer = getRuntimeContext().getListState(
                new ListStateDescriptor<>("articles", CodecTypes.ANNOTATED));
        timerSet = getRuntimeContext().getState(new ValueStateDescriptor<>("end-timer", Types.BOOLEAN));
    }

    @Override
    public void processElement(AnnotatedArticle article, Context ctx, Collector<Story> out) throws Exception {
        buffer.add(article);
        if (timerSet.value() == null) {
            // fires when the watermark reaches the end of time, which a bounded source sends last
            ctx.timerService().registerEventTimeTimer(Long.MAX_VALUE);
            timerSet.update(Boolean.TRUE);
        }
    }

    @Override
    public void onTimer(long timestamp, OnTimerContext ctx, Collector<Story> out) throws Exception {
        List<AnnotatedArticle> articles = new ArrayList<>();
        buffer.get().forEach(articles::add);
        List<Story> stories = new ArrayList<>(cluster(articles, (input, reason) ->
                ctx.output(ExtractFunction.PROBLEMS, Problem.warning(input, reason).toString())));
        // costliest first, so that the analysis instances, each sent the least work so far
        // (LeastLoadedPartitioner), end close together rather than one waiting on a late big story
        stories.sort(Comparator.comparingLong(SitrepFlinkJob::storyWork).reversed());
        stories.forEach(out::collect);
        buffer.clear();
        timerSet.clear();
    }

    /** The stories of these articles as the facade makes them: input order, first of each id kept. */
    List<Story> cluster(List<AnnotatedArticle> articles, Repeats repeats) {
        List<AnnotatedArticle> ordered = new ArrayList<>(articles);
        ordered.sort(Comparator.comparing((AnnotatedArticle a) -> roots.orderKey(a.article().origin())));
        Map<ArticleId, AnnotatedArticle> unique = new LinkedHashMap<>();
        for (AnnotatedArticle a : ordered) {
            AnnotatedArticle earlier = unique.putIfAbsent(a.id(), a);
            if (earlier != null) {
                repeats.report(a.article().origin().location(),
                        "same source and text as " + earlier.article().origin().location() + "; read once");
            }
        }
        return pipeline.sitrep().cluster(new ArrayList<>(unique.values()));
    }

    @Override
    public void close() {
        pipeline.close();
    }

    /** Where a repeated article is reported. */
    @FunctionalInterface
    interface Repeats {
        void report(String input, String reason);
    }
}
