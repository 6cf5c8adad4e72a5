package org.sitrep.flink;

import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ListState;
import org.apache.flink.api.common.state.ListStateDescriptor;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.PrimitiveArrayTypeInfo;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;
import org.sitrep.analyse.RecurringClaim;
import org.sitrep.analyse.RecurringClaimFinder;
import org.sitrep.analyse.StoryFigures;
import org.sitrep.report.JsonReportWriter;

/**
 * The job's one global step: gathers the figures of every analysed story ({@link StoryFigures},
 * encoded by {@link StoryFiguresCodec}) and, when the input ends, finds the figures that recur across
 * stories with the core's {@link RecurringClaimFinder}, as {@code sitrep report} does, giving each as
 * one line of JSON, the object {@code report.json} holds in {@code recurring_claims}
 * ({@link JsonReportWriter#recurringClaim}).
 *
 * <p>Runs as one instance (every story keyed to {@link #KEY}, parallelism 1), because a figure may
 * recur between any two stories. The figures rest in keyed list state, checkpointed with the rest of
 * the job, so a restart resumes with the figures of the stories analysed before the checkpoint; the
 * end-of-input timer is keyed state too. Only stories with a comparable figure are sent, a few KB each
 * (about 300 bytes a claim group). The end of the input is the watermark reaching the end of time,
 * which only a bounded input sends; a followed topic, which has no end, takes
 * {@link DailyRecurringClaimsFunction} instead. Cost: the finder's, quadratic in the number of figures, once at the end on one slot.
 */
public final class RecurringClaimsFunction extends KeyedProcessFunction<Integer, byte[], String> {

    private static final long serialVersionUID = 1L;

    /** The one key every story's figures are sent to. */
    public static final int KEY = 0;

    private transient ListState<byte[]> figures;
    private transient ValueState<Boolean> timerSet;

    @Override
    public void open(OpenContext context) {
        figures = getRuntimeContext().getListState(
                new ListStateDescriptor<>("story-figures", PrimitiveArrayTypeInfo.BYTE_PRIMITIVE_ARRAY_TYPE_INFO));
        timerSet = getRuntimeContext().getState(new ValueStateDescriptor<>("end-timer", Types.BOOLEAN));
    }

    @Override
    public void processElement(byte[] storyFigures, Context ctx, Collector<String> out) throws Exception {
        if (timerSet.value() == null) {
            // fires when the watermark reaches the end of time, which a bounded source sends last
            ctx.timerService().registerEventTimeTimer(Long.MAX_VALUE);
            timerSet.update(Boolean.TRUE);
        }
        figures.add(storyFigures);
    }

    @Override
    public void onTimer(long timestamp, OnTimerContext ctx, Collector<String> out) throws Exception {
        List<StoryFigures> all = new ArrayList<>();
        for (byte[] bytes : figures.get()) {
            all.add(StoryFiguresCodec.decode(bytes));
        }
        JsonReportWriter json = new JsonReportWriter();
        for (RecurringClaim r : new RecurringClaimFinder().findAmong(all)) {
            out.collect(AnalyseFunction.line(json.recurringClaim(r)));
        }
        figures.clear();
        timerSet.clear();
    }
}
