package org.sitrep.flink;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.typeinfo.PrimitiveArrayTypeInfo;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;
import org.sitrep.analyse.RecurringClaim;
import org.sitrep.analyse.RecurringClaimFinder;
import org.sitrep.analyse.StoryFigures;
import org.sitrep.model.StoryId;
import org.sitrep.report.JsonReportWriter;

/**
 * The global step of {@link RecurringClaimsFunction} for an input without end (a followed Kafka
 * topic), where the end-of-input timer never fires: figures are found day by day among the stories
 * closed so far, and old stories leave.
 *
 * <p>Each story's figures ({@link StoryFiguresCodec}) wait as <em>new</em> until the watermark passes
 * the end of the day it was in when they came. Then the core's {@link RecurringClaimFinder} runs over
 * the new stories and the <em>held</em> ones (those of earlier days), and each recurring figure one of
 * whose stories is new is written, one {@code report.json} {@code recurring_claims} object per line;
 * the new stories join the held ones, stamped with that watermark. A figure that recurs in stories A
 * and B is so written on the day the later of them closes, and written again, with C, on the day C
 * joins it: <strong>a later line supersedes an earlier one whose stories it includes</strong>; a
 * consumer keeps, per figure, the line with the most stories. A held story leaves once the watermark
 * is {@code horizon} past its stamp, so the state holds the figures of the stories of about
 * {@code horizon} (a few KB each), and a figure recurring across stories further apart than that is
 * not found.
 *
 * <p>State is keyed by story id (every story to {@link RecurringClaimsFunction#KEY}, one instance), so
 * a story analysed again after a restart from a checkpoint is held once. Cost: the finder's, quadratic
 * in the figures held, once a day on one slot.
 */
public final class DailyRecurringClaimsFunction extends KeyedProcessFunction<Integer, byte[], String> {

    private static final long serialVersionUID = 1L;

    /** How long a story's figures are held by default: two weeks of event time after it closed. */
    public static final Duration DEFAULT_HORIZON = Duration.ofDays(14);
    private static final long DAY_MS = Duration.ofDays(1).toMillis();

    private final long horizonMs;
    private transient MapState<String, byte[]> fresh;
    private transient MapState<String, byte[]> held;
    private transient MapState<String, Long> stamps;

    public DailyRecurringClaimsFunction(Duration horizon) {
        if (horizon.isNegative() || horizon.isZero()) {
            throw new IllegalArgumentException("the horizon must be positive, got " + horizon);
        }
        this.horizonMs = horizon.toMillis();
    }

    @Override
    public void open(OpenContext context) {
        fresh = bytesByStory("new-story-figures");
        held = bytesByStory("held-story-figures");
        stamps = getRuntimeContext().getMapState(new MapStateDescriptor<>("held-since", Types.STRING, Types.LONG));
    }

    private MapState<String, byte[]> bytesByStory(String name) {
        return getRuntimeContext().getMapState(
                new MapStateDescriptor<>(name, Types.STRING, PrimitiveArrayTypeInfo.BYTE_PRIMITIVE_ARRAY_TYPE_INFO));
    }

    @Override
    public void processElement(byte[] storyFigures, Context ctx, Collector<String> out) throws Exception {
        String id = StoryFiguresCodec.decode(storyFigures).order().id().value();
        held.remove(id);
        stamps.remove(id);
        fresh.put(id, storyFigures);
        ctx.timerService().registerEventTimeTimer(endOfDay(ctx.timerService().currentWatermark()));
    }

    /**
     * The last millisecond of the day {@code watermark} is in, or, before the first watermark, the next
     * millisecond (the first watermark fires it).
     */
    static long endOfDay(long watermark) {
        return watermark == Long.MIN_VALUE ? Long.MIN_VALUE + 1 : Math.floorDiv(watermark, DAY_MS) * DAY_MS + DAY_MS - 1;
    }

    @Override
    public void onTimer(long timestamp, OnTimerContext ctx, Collector<String> out) throws Exception {
        long watermark = ctx.timerService().currentWatermark();
        evictOlderThan(watermark);
        List<StoryFigures> all = new ArrayList<>();
        Set<StoryId> fresher = new HashSet<>();
        for (byte[] bytes : fresh.values()) {
            StoryFigures f = StoryFiguresCodec.decode(bytes);
            all.add(f);
            fresher.add(f.order().id());
        }
        if (fresher.isEmpty()) {
            return;
        }
        for (byte[] bytes : held.values()) {
            all.add(StoryFiguresCodec.decode(bytes));
        }
        JsonReportWriter json = new JsonReportWriter();
        for (RecurringClaim r : new RecurringClaimFinder().findAmong(all)) {
            if (r.stories().stream().anyMatch(fresher::contains)) {
                out.collect(AnalyseFunction.line(json.recurringClaim(r)));
            }
        }
        for (Map.Entry<String, byte[]> e : fresh.entries()) {
            held.put(e.getKey(), e.getValue());
            stamps.put(e.getKey(), watermark);
        }
        fresh.clear();
    }

    private void evictOlderThan(long watermark) throws Exception {
        List<String> old = new ArrayList<>();
        for (Map.Entry<String, Long> e : stamps.entries()) {
            if (watermark - e.getValue() > horizonMs) {
                old.add(e.getKey());
            }
        }
        for (String id : old) {
            held.remove(id);
            stamps.remove(id);
        }
    }

    /** How many stories' figures are held and new (for tests). */
    long storiesInState() throws Exception {
        long n = 0;
        for (String ignored : held.keys()) {
            n++;
        }
        for (String ignored : fresh.keys()) {
            n++;
        }
        return n;
    }
}
