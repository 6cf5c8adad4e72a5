package org.sitrep.pipeline;

/**
 * What a stage remembers of the texts it handled lately, kept only to save work: a cache that never
 * changes what the stage returns, only what its next call costs (the analysers' sentence embeddings,
 * for one). {@link #forget} empties it, so the work that follows pays what a first run pays and the
 * memory held for earlier work is freed.
 *
 * <p>A pipeline that outlives one run (a task manager that keeps its models loaded between Flink
 * jobs, a benchmark that times successive runs) forgets between runs ({@code Sitrep.forgetRecent});
 * within a run the memory is what makes it worth keeping.
 *
 * <p>Implementations are thread-safe: forgetting while another thread calls the stage only costs
 * that call a recomputation.
 */
public interface RecentMemory {

    /** Empties what is remembered; results stay the same, the next calls pay in full. */
    void forget();
}
