package org.sitrep.app;

import java.io.PrintStream;
import java.util.HashMap;
import java.util.Map;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
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

    public ProgressBars(PrintStream err) {
        this.err = err;
    }

    @Override
    public synchronized void start(String phase, long total) {
        ProgressBar old = bars.remove(phase);
        if (old != null) {
            old.close();
        }
        bars.put(phase, new ProgressBarBuilder()
                .setTaskName(phase)
                .setInitialMax(total)
                .setStyle(ProgressBarStyle.COLORFUL_UNICODE_BLOCK)
                .setUpdateIntervalMillis(REDRAW_MILLIS)
                .setConsumer(new ConsoleProgressBarConsumer(err))
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
        }
    }

    /** Prints {@code line} on its own line above the running bar, which the next redraw restores. */
    public synchronized void println(String line) {
        err.print(bars.isEmpty() ? line + System.lineSeparator() : CLEAR_LINE + line + System.lineSeparator());
        err.flush();
    }
}
