package org.sitrep.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * The threads of a Flink job on a MiniCluster, grouped by what they do, from their names as Linux
 * shows them (the first 15 characters of the Java name): the task threads that run the job's
 * operators (the slots' work), and the side work around them — the file source's fetcher that reads
 * and decompresses files, asynchronous checkpoint snapshots, Flink's timers and runtime, the JIT
 * compilers, the garbage collector.
 */
final class ThreadGroups {

    static final String OTHER = "other threads";
    static final String UNATTRIBUTED = "threads that ended between readings";

    /** A group: its label, the name prefixes that belong to it, and whether it is operator (slot) work. */
    record Group(String label, boolean slotWork, List<String> prefixes) {
    }

    /** Flink 1.20's thread names (task threads are named after their operator chain). */
    static final ThreadGroups FLINK_JOB = new ThreadGroups(List.of(
            new Group("task: source + extract", true, List.of("Source: ")),
            new Group("task: annotate (+ article sink)", true, List.of("annotate")),
            new Group("task: cluster", true, List.of("cluster", "published-day")),
            new Group("task: analyse (+ story, event sinks)", true, List.of("analyse")),
            new Group("task: other (separate sinks)", true, List.of("Sink: ", "problems")),
            new Group("file readers (read, decompress; the source's fetcher)", false,
                    List.of("sitrep-read-", "Source Data Fet")),
            new Group("async checkpoint snapshots", false, List.of("AsyncOperations")),
            new Group("task timers and output flushers", false, List.of("Time Trigger", "OutputFlusher")),
            new Group("Flink runtime (RPC, checkpoint coordinator, I/O, metrics)", false,
                    List.of("flink-", "Flink", "mini-cluster", "Checkpoint", "jobmanager", "pekko", "cluster-io",
                            "Timer", "pool-", "IOManager", "Hashed wheel", "file-sink")),
            new Group("JIT compilers", false, List.of("C1 CompilerThre", "C2 CompilerThre")),
            new Group("garbage collector and VM thread", false, List.of("VM Thread", "GC Thread", "G1 ", "VM Periodic")),
            new Group("common fork-join pool", false, List.of("ForkJoinPool")),
            // the launcher's main thread, which Linux names after the program: starts the MiniCluster, submits the job
            new Group("main thread (MiniCluster start, job submission)", false, List.of("java$")),
            // the benchmark's own samplers (ThreadCpuWatch leaves its own out; SlotTimeline's is counted here)
            new Group("benchmark's samplers (not the job)", false, List.of("slot-timeline", "thread-cpu-watc")),
            new Group(OTHER, false, List.of()),
            new Group(UNATTRIBUTED, false, List.of())));

    private final List<Group> groups;

    ThreadGroups(List<Group> groups) {
        this.groups = List.copyOf(groups);
    }

    List<String> labels() {
        List<String> labels = new ArrayList<>();
        groups.forEach(g -> labels.add(g.label()));
        return labels;
    }

    /**
     * The label of the first group one of whose prefixes starts {@code name} (a prefix ending in
     * {@code $} must be the whole name), else {@link #OTHER}.
     */
    String of(String name) {
        for (Group g : groups) {
            for (String prefix : g.prefixes()) {
                if (prefix.endsWith("$") ? name.equals(prefix.substring(0, prefix.length() - 1)) : name.startsWith(prefix)) {
                    return g.label();
                }
            }
        }
        return OTHER;
    }

    boolean isSlotWork(String label) {
        return groups.stream().anyMatch(g -> g.label().equals(label) && g.slotWork());
    }
}
