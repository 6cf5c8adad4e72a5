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
import org.apache.flink.api.common.typeinfo.PrimitiveArrayTypeInfo;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.runtime.state.FunctionInitializationContext;
import org.apache.flink.runtime.state.FunctionSnapshotContext;
import org.apache.flink.streaming.api.checkpoint.CheckpointedFunction;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;
import org.sitrep.annotate.AnnotatedArticle;
import org.sitrep.cluster.OnlineClusterer;
import org.sitrep.cluster.Story;
import org.sitrep.cluster.StoryClusterer;
import org.sitrep.model.ArticleId;
import org.sitrep.pipeline.Problem;
import org.sitrep.pipeline.ProblemSink;

/**
 * The clustering stage as a Flink operator, giving the stories of the single-machine run. Sitrep's
 * clusterers depend on the order they are given articles in (the online story tracker does), so every
 * article is keyed to one instance ({@link #KEY}).
 *
 * <p>With the online clusterer (the standard pipeline's), it streams: articles wait in keyed state by
 * published day until the watermark ({@link PublishedDays}) passes the day, the day is offered to a
 * clustering session and each story is emitted when it closes, its articles dropped from state
 * ({@link DailyClustering}); at the end of the input the rest follows. The session's tracker and
 * story bookkeeping go into operator state at each checkpoint.
 *
 * <p>With any other {@link StoryClusterer}, which needs the whole collection at once, it buffers every
 * article in keyed list state and, when the input ends (the watermark reaches the end of time), puts
 * them in the order {@code sitrep report} reads them ({@link InputRoots#orderKey}), drops repeated ids
 * as the facade does, and hands them to the clusterer.
 *
 * <p>Stories leave encoded ({@link EncodedStory}), each analysis instance decoding its own.
 *
 * <p>All state is checkpointed with the rest of the job, so a restart resumes where the checkpoint
 * was. Cost: the clusterer's, on one slot; the stages before and after it run in parallel.
 */
public final class StoryClusteringFunction extends KeyedProcessFunction<Integer, EncodedArticle, EncodedStory>
        implements CheckpointedFunction {

    private static final long serialVersionUID = 1L;

    /** The one key every article is sent to. */
    public static final int KEY = 0;

    private final PipelineLease pipeline;
    private final InputRoots roots;
    private final boolean unbounded;
    private transient ListState<EncodedArticle> buffer;
    private transient ValueState<Boolean> timerSet;
    private transient ListState<byte[]> sessionState;
    private transient byte[] restoredSession;
    private transient DailyClustering daily;

    public StoryClusteringFunction(PipelineRecipe recipe, InputRoots roots) {
        this(recipe, roots, false);
    }

    /**
     * @param unbounded true for an input without end: articles without a day are clustered with the next
     *     day the watermark passes ({@link DailyClustering}), not at an end that never comes
     */
    public StoryClusteringFunction(PipelineRecipe recipe, InputRoots roots, boolean unbounded) {
        this.pipeline = new PipelineLease(recipe);
        this.roots = roots;
        this.unbounded = unbounded;
    }

    @Override
    public void initializeState(FunctionInitializationContext context) throws Exception {
        sessionState = context.getOperatorStateStore().getListState(
                new ListStateDescriptor<>("clustering-session", PrimitiveArrayTypeInfo.BYTE_PRIMITIVE_ARRAY_TYPE_INFO));
        restoredSession = null;
        if (context.isRestored()) {
            for (byte[] bytes : sessionState.get()) {
                restoredSession = bytes;
            }
        }
    }

    @Override
    public void open(OpenContext context) {
        StoryClusterer clusterer = pipeline.open().clusterer();
        timerSet = getRuntimeContext().getState(new ValueStateDescriptor<>("end-timer", Types.BOOLEAN));
        if (clusterer instanceof OnlineClusterer online) {
            daily = new DailyClustering(online, restoredSession, roots, articles("waiting-by-day"),
                    articles("waiting-undated"), articles("open-stories"),
                    WaitingSketches.named(getRuntimeContext(), "waiting-sketches"), unbounded);
        } else if (unbounded) {
            throw new IllegalStateException("following a topic needs the online clusterer, which streams; "
                    + clusterer.getClass().getSimpleName() + " clusters the whole input at its end");
        } else {
            buffer = getRuntimeContext().getListState(new ListStateDescriptor<>("articles", CodecTypes.ENCODED_ARTICLE));
        }
    }

    private EncodedArticles articles(String name) {
        return EncodedArticles.named(getRuntimeContext(), name);
    }

    @Override
    public void processElement(EncodedArticle article, Context ctx, Collector<EncodedStory> out) throws Exception {
        if (timerSet.value() == null) {
            // fires when the watermark reaches the end of time, which a bounded source sends last
            ctx.timerService().registerEventTimeTimer(Long.MAX_VALUE);
            timerSet.update(Boolean.TRUE);
        }
        if (daily == null) {
            buffer.add(article);
            return;
        }
        var day = daily.accept(article, ctx.timerService().currentWatermark(), out::collect, problems(ctx));
        if (day != null) {
            ctx.timerService().registerEventTimeTimer(PublishedDays.end(day));
        }
    }

    @Override
    public void onTimer(long timestamp, OnTimerContext ctx, Collector<EncodedStory> out) throws Exception {
        if (daily != null && ctx.timerService().currentWatermark() < Long.MAX_VALUE) {
            daily.advance(ctx.timerService().currentWatermark(), out::collect, problems(ctx));
            return;
        }
        // the input has ended: the first timer to fire clusters all that is left, the others find nothing
        if (daily != null) {
            daily.finish(out::collect, problems(ctx));
        } else if (timestamp == Long.MAX_VALUE) {
            List<AnnotatedArticle> articles = new ArrayList<>();
            buffer.get().forEach(e -> articles.add(e.decode()));
            List<Story> stories = cluster(articles, problems(ctx));
            buffer.clear();
            Work.costliestFirst(stories).forEach(s -> out.collect(EncodedStory.of(s)));
        }
        if (timestamp == Long.MAX_VALUE) {
            timerSet.clear();
        }
    }

    private static ProblemSink problems(Context ctx) {
        return p -> ctx.output(ExtractFunction.PROBLEMS, p.toString());
    }

    @Override
    public void snapshotState(FunctionSnapshotContext context) throws Exception {
        byte[] session = daily == null ? null : daily.snapshotIfChanged();
        if (session != null) {
            sessionState.update(List.of(session));
        }
    }

    /** How many articles the streaming path holds in keyed state (waiting or in open stories) for the current key. */
    long articlesInState() throws Exception {
        return daily == null ? 0 : daily.stateSizes().values().stream().mapToLong(Long::longValue).sum();
    }

    /** The stories of these articles as the facade makes them: input order, first of each id kept. */
    List<Story> cluster(List<AnnotatedArticle> articles, ProblemSink problems) {
        List<AnnotatedArticle> ordered = new ArrayList<>(articles);
        ordered.sort(Comparator.comparing((AnnotatedArticle a) -> roots.orderKey(a.article().origin())));
        Map<ArticleId, AnnotatedArticle> unique = new LinkedHashMap<>();
        for (AnnotatedArticle a : ordered) {
            AnnotatedArticle earlier = unique.putIfAbsent(a.id(), a);
            if (earlier != null) {
                problems.report(Problem.readOnce(a.article().origin().location(),
                        earlier.article().origin().location()));
            }
        }
        return pipeline.sitrep().cluster(new ArrayList<>(unique.values()));
    }

    @Override
    public void close() {
        pipeline.close();
    }
}
