package org.sitrep.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * When each operator instance of a Flink job worked: every {@link #INTERVAL_MS} ms the watch reads,
 * for every Flink subtask thread (named "... (I/N)#A"), whether it is runnable and its CPU time. A task
 * thread with no input waits on its mailbox (not runnable), so the share of samples in which a task
 * thread was runnable is the share of the time it had work, whatever share of a core it got: on a loaded
 * machine the threads run slower but still want a core exactly while they have work. From that the
 * timeline gives, per instance, when its work started and ended and its CPU, and the <em>idle-core
 * time</em>: the integral over the run of the cores (the job's parallelism) minus the task threads that
 * had work, which is what the job left unused on as many cores as slots. Side threads (JIT, GC, Flink's
 * own) are not counted as work here.
 */
final class SlotTimeline {

    static final long INTERVAL_MS = 25;
    /** Every this many samples the watch looks for new task threads; in between it reads the known ones. */
    private static final int RESCAN_EVERY = 10;
    /** A thread's work starts and ends where its CPU time passes these shares of its total over the run. */
    private static final double WORK_START = 0.01;
    private static final double WORK_END = 0.99;
    private static final double NANOS_PER_S = 1e9;
    private static final double BUCKET_S = 1.0;

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    /** Per subtask thread (full name), its samples: runnable or not, CPU ns, at the sample's time. */
    private final Map<String, List<long[]>> samples = new TreeMap<>();
    private final Map<Long, String> names = new LinkedHashMap<>();
    /** Threads seen that are not task threads (their names do not change once a task runs). */
    private final Set<Long> ignored = new HashSet<>();
    private final List<Long> times = new ArrayList<>();
    private final long startNs = System.nanoTime();
    private final Thread sampler;
    private volatile boolean running = true;
    private long endNs;

    private SlotTimeline() {
        this.sampler = new Thread(this::sampleUntilStopped, "slot-timeline");
        sampler.setDaemon(true);
    }

    /** Starts sampling now. */
    static SlotTimeline start() {
        SlotTimeline t = new SlotTimeline();
        t.sampler.start();
        return t;
    }

    /** Stops sampling; the timeline is then fixed. */
    SlotTimeline stop() throws InterruptedException {
        running = false;
        sampler.interrupt();
        sampler.join();
        endNs = System.nanoTime();
        return this;
    }

    private void sampleUntilStopped() {
        while (running) {
            sampleOnce();
            try {
                TimeUnit.MILLISECONDS.sleep(INTERVAL_MS);
            } catch (InterruptedException e) {
                break;
            }
        }
    }

    private void sampleOnce() {
        long now = System.nanoTime() - startNs;
        int index = times.size();
        times.add(now);
        if (index % RESCAN_EVERY == 0) {
            for (long id : threads.getAllThreadIds()) {
                if (!names.containsKey(id) && !ignored.contains(id)) {
                    ThreadInfo info = threads.getThreadInfo(id);
                    if (info != null && ThreadCpuWatch.SUBTASK.matcher(info.getThreadName()).find()
                            && isTaskThread(info.getThreadName())) {
                        names.put(id, info.getThreadName());
                    } else if (info != null) {
                        ignored.add(id);
                    }
                }
            }
        }
        long[] ids = names.keySet().stream().mapToLong(Long::longValue).toArray();
        ThreadInfo[] infos = threads.getThreadInfo(ids);
        for (int i = 0; i < ids.length; i++) {
            if (infos[i] == null) {
                continue;
            }
            long cpu = threads.getThreadCpuTime(ids[i]);
            boolean runnable = infos[i].getThreadState() == Thread.State.RUNNABLE;
            samples.computeIfAbsent(names.get(ids[i]), k -> new ArrayList<>()).add(new long[] {index, runnable ? 1 : 0, cpu});
        }
    }

    /** A task thread runs an operator chain; its timer, flusher and fetcher threads carry its name after a prefix. */
    private static boolean isTaskThread(String name) {
        String group = ThreadGroups.FLINK_JOB.of(name);
        return ThreadGroups.FLINK_JOB.isSlotWork(group);
    }

    /** Seconds from the start to sample {@code index}. */
    private double at(long index) {
        return times.get((int) index) / NANOS_PER_S;
    }

    /** The timeline as text: one line per task thread, then the idle-core time on {@code cores} cores. */
    String render(int cores) {
        double wall = (endNs - startNs) / NANOS_PER_S;
        int buckets = (int) Math.ceil(wall / BUCKET_S);
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT,
                "  timeline (%.1f s; a character per %.0f s: share of the second the thread had work, ' ' none, "
                        + "1-9 tenths, '#' all):%n", wall, BUCKET_S));
        double[] busy = new double[times.size()];
        Map<String, Double> ends = new TreeMap<>();
        for (Map.Entry<String, List<long[]>> e : samples.entrySet()) {
            List<long[]> list = e.getValue();
            double[] share = new double[buckets];
            int[] count = new int[buckets];
            long cpu = list.get(list.size() - 1)[2] - list.get(0)[2];
            long first = -1;
            long last = -1;
            for (long[] x : list) {
                int b = Math.min(buckets - 1, (int) (at(x[0]) / BUCKET_S));
                count[b]++;
                if (x[1] == 1) {
                    share[b]++;
                    busy[(int) x[0]]++;
                }
                long done = x[2] - list.get(0)[2];
                if (first < 0 && done >= WORK_START * cpu) {
                    first = x[0];
                }
                if (last < 0 && done >= WORK_END * cpu) {
                    last = x[0];
                }
            }
            ends.put(e.getKey(), last < 0 ? 0 : at(last));
            StringBuilder line = new StringBuilder();
            for (int b = 0; b < buckets; b++) {
                line.append(count[b] == 0 ? '_' : symbol(share[b] / count[b]));
            }
            s.append(String.format(Locale.ROOT, "  %-26s |%s| work (1%%-99%% of its CPU) %5.1f-%5.1f s, CPU %5.2f s%n", shortName(e.getKey()),
                    line, first < 0 ? 0 : at(first), last < 0 ? 0 : at(last), cpu / NANOS_PER_S));
        }
        double idle = 0;
        double idleAfterAnnotation = 0;
        double annotationEnd = ends.entrySet().stream().filter(e -> e.getKey().startsWith("annotate"))
                .mapToDouble(Map.Entry::getValue).max().orElse(0);
        for (int i = 1; i < times.size(); i++) {
            double dt = (times.get(i) - times.get(i - 1)) / NANOS_PER_S;
            double unused = Math.max(0, cores - busy[i]) * dt;
            idle += unused;
            if (at(i) > annotationEnd) {
                idleAfterAnnotation += unused;
            }
        }
        StringBuilder tail = new StringBuilder();
        for (Map.Entry<String, List<long[]>> e : samples.entrySet()) {
            long after = cpuAfter(e.getValue(), annotationEnd);
            if (after > 0 && !e.getKey().startsWith("annotate")) {
                tail.append(String.format(Locale.ROOT, " %s %.2f s;", shortName(e.getKey()), after / NANOS_PER_S));
            }
        }
        s.append("  CPU after the last annotation instance's work ended (the tail):").append(tail).append('\n');
        s.append(String.format(Locale.ROOT, "  idle-core time on %d cores: %.1f core-s of %.1f (%.0f%%); after the last "
                + "annotation instance's work ended (%.1f s): %.1f core-s%n", cores, idle, cores * wall, 100 * idle / (cores * wall),
                annotationEnd, idleAfterAnnotation));
        return s.toString();
    }

    /** CPU nanoseconds a thread used after {@code seconds} into the run. */
    private long cpuAfter(List<long[]> list, double seconds) {
        long before = list.get(0)[2];
        for (long[] x : list) {
            if (at(x[0]) <= seconds) {
                before = x[2];
            }
        }
        return list.get(list.size() - 1)[2] - before;
    }

    private static char symbol(double share) {
        if (share < 0.05) {
            return ' ';
        }
        if (share >= 0.95) {
            return '#';
        }
        return (char) ('0' + Math.max(1, (int) Math.round(share * 10)));
    }

    /** "annotate -> ... (1/2)#0" as "annotate 1/2". */
    private static String shortName(String name) {
        var m = ThreadCpuWatch.SUBTASK.matcher(name);
        String instance = m.find() ? m.group(1) : "";
        String head = name.split(" ")[0];
        if (head.equals("Source:")) {
            head = "source+extract";
        }
        return head + " " + instance;
    }
}
