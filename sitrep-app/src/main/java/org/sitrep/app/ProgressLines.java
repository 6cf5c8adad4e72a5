package org.sitrep.app;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import org.sitrep.pipeline.ProgressListener;

/**
 * Progress as plain lines, for a log or a pipe where a redrawn bar would be noise: one line when a
 * phase starts, one each time another {@code every} items are done, and one when it ends with how
 * long it took, e.g. {@code annotate: 100/250} and {@code annotate: 250/250 done in 41.2 s}.
 *
 * <p>Thread-safe: the pipeline's workers advance it concurrently, and every method holds the lock so
 * counts are printed in increasing order. Cost is a map lookup per call.
 */
public final class ProgressLines implements ProgressListener {

    /** Items between two progress lines unless told otherwise. */
    public static final long DEFAULT_EVERY = 100;

    private static final double NANOS_PER_SECOND = 1e9;

    private final Consumer<String> out;
    private final long every;
    private final LongSupplier nanoClock;
    private final Map<String, Phase> phases = new HashMap<>();

    /**
     * @param out receives each line (without a line end)
     * @param every items between two progress lines, at least 1
     * @param nanoClock a monotonic clock in nanoseconds ({@code System::nanoTime})
     */
    public ProgressLines(Consumer<String> out, long every, LongSupplier nanoClock) {
        if (every < 1) {
            throw new IllegalArgumentException("every must be at least 1");
        }
        this.out = out;
        this.every = every;
        this.nanoClock = nanoClock;
    }

    /** Lines to {@code out} every {@link #DEFAULT_EVERY} items, timed by the system clock. */
    public ProgressLines(Consumer<String> out) {
        this(out, DEFAULT_EVERY, System::nanoTime);
    }

    @Override
    public synchronized void start(String phase, long total) {
        phases.put(phase, new Phase(total, nanoClock.getAsLong()));
        out.accept(phase + ": " + (total >= 0 ? "0/" + total : "started"));
    }

    @Override
    public synchronized void advance(String phase, long items) {
        Phase p = phases.computeIfAbsent(phase, k -> new Phase(-1, nanoClock.getAsLong()));
        long before = p.done;
        p.done += items;
        if (p.done / every > before / every) {
            out.accept(phase + ": " + count(p));
        }
    }

    @Override
    public synchronized void finish(String phase) {
        Phase p = phases.remove(phase);
        if (p == null) {
            return;
        }
        double seconds = (nanoClock.getAsLong() - p.startNanos) / NANOS_PER_SECOND;
        out.accept(String.format(Locale.ROOT, "%s: %s done in %.1f s", phase, count(p), seconds));
    }

    private static String count(Phase p) {
        return p.total >= 0 ? p.done + "/" + p.total : Long.toString(p.done);
    }

    /** Counts of one running phase; guarded by the listener's lock. */
    private static final class Phase {
        final long total;
        final long startNanos;
        long done;

        Phase(long total, long startNanos) {
            this.total = total;
            this.startNanos = startNanos;
        }
    }
}
