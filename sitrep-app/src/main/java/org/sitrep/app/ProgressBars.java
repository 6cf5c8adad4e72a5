package org.sitrep.app;

import java.io.PrintStream;
import java.util.HashMap;
import java.util.Map;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarConsumer;
import me.tongfei.progressbar.ProgressBarStyle;
import org.sitrep.pipeline.ProgressListener;

/**
 * Progress as a redrawn bar per phase on an interactive terminal (me.tongfei.progressbar), with
 * {@link #println} to print a message above the bar instead of through it.
 *
 * <p>Thread-safe: phases are opened and closed under a lock, and {@link ProgressBar#stepBy} is itself
 * safe to call from many threads. The bar redraws on its own timer thread, a few times a second.
 */
public final class ProgressBars implements ProgressListener {

    /** Milliseconds between redraws: often enough to look live, rarely enough to cost nothing. */
    private static final int REDRAW_MILLIS = 200;
    /** ANSI: carriage return and erase the line, so a message replaces the half-drawn bar. */
    private static final String CLEAR_LINE = "\r\u001b[K";

    private final PrintStream err;
    private final Map<String, ProgressBar> bars = new HashMap<>();
    private final Map<String, LineEnding> lines = new HashMap<>();

    public ProgressBars(PrintStream err) {
        this.err = err;
    }

    @Override
    public synchronized void start(String phase, long total) {
        finish(phase);
        LineEnding line = new LineEnding(new ConsoleProgressBarConsumer(err), err);
        lines.put(phase, line);
        bars.put(phase, new ProgressBarBuilder()
                .setTaskName(phase)
                .setInitialMax(total)
                .setStyle(ProgressBarStyle.COLORFUL_UNICODE_BLOCK)
                .setUpdateIntervalMillis(REDRAW_MILLIS)
                .setConsumer(line)
                .showSpeed()
                .build());
    }

    @Override
    public void advance(String phase, long items) {
        ProgressBar bar;
        synchronized (this) {
            bar = bars.get(phase);
        }
        if (bar != null) {
            bar.stepBy(items);
        }
    }

    @Override
    public synchronized void finish(String phase) {
        ProgressBar bar = bars.remove(phase);
        if (bar != null) {
            bar.close();
            lines.remove(phase).end();
        }
    }

    /** Prints {@code line} on its own line above the running bar, which the next redraw restores. */
    public synchronized void println(String line) {
        err.print(bars.isEmpty() ? line + System.lineSeparator() : CLEAR_LINE + line + System.lineSeparator());
        err.flush();
    }

    /**
     * Passes the bar's drawing on and remembers whether the last drawing still lacks its line end:
     * the library leaves it off when a phase closes before the bar's first redraw, and the next
     * message would then be printed onto the bar.
     */
    private static final class LineEnding implements ProgressBarConsumer {
        private final ProgressBarConsumer delegate;
        private final PrintStream err;
        private volatile boolean open;

        LineEnding(ProgressBarConsumer delegate, PrintStream err) {
            this.delegate = delegate;
            this.err = err;
        }

        @Override
        public int getMaxRenderedLength() {
            return delegate.getMaxRenderedLength();
        }

        @Override
        public void accept(String rendered) {
            delegate.accept(rendered);
            open = true;
        }

        @Override
        public void clear() {
            delegate.clear();
        }

        @Override
        public void close() {
            delegate.close();
            open = false;
        }

        /** Ends the bar's line if the library did not. */
        void end() {
            if (open) {
                err.println();
                err.flush();
                open = false;
            }
        }
    }
}
