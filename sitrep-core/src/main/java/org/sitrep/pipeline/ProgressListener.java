package org.sitrep.pipeline;

/**
 * Receives progress of long work: a phase starts with a known or unknown ({@code -1}) number of
 * items, items complete, the phase ends. Implementations must be safe to call from many threads.
 */
public interface ProgressListener {

    void start(String phase, long total);

    void advance(String phase, long items);

    void finish(String phase);

    /** A listener that shows nothing. */
    ProgressListener NONE = new ProgressListener() {
        @Override
        public void start(String phase, long total) { }

        @Override
        public void advance(String phase, long items) { }

        @Override
        public void finish(String phase) { }
    };
}
