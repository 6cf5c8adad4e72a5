package org.sitrep.bench;

import java.io.FileInputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * CPU time of every thread of this JVM over a phase, Java threads and the JVM's own (garbage
 * collector, JIT compilers, VM thread) alike, read from Linux's {@code /proc/self/task/TID/schedstat}
 * (nanoseconds on a CPU) and {@code .../comm} (the thread's name, cut to 15 characters, which the JVM
 * sets from the Java name). Per-thread CPU time is what a thread did, whatever share of the machine
 * it got, so it means the same on a loaded machine as on an idle one.
 *
 * <p>Threads that end during the phase (a Flink job's task threads end with the job) are read every
 * {@link #INTERVAL_MS} ms and keep the last value read; what a thread did after its last reading is
 * counted in the process total but in no thread ({@link Breakdown#unattributed}). The sampling
 * thread's own time is left out of the threads and reported apart.
 *
 * <p>Not available off Linux: {@link #start} then returns a watch that reports nothing.
 */
final class ThreadCpuWatch {

    static final long INTERVAL_MS = 200;
    /** Flink's subtask thread suffix, "(index/parallelism)#attempt"; group 1 is "index/parallelism". */
    static final Pattern SUBTASK = Pattern.compile("\\((\\d+/\\d+)\\)#\\d+$");
    private static final Path TASKS = Path.of("/proc/self/task");
    private static final int READ_BUFFER = 256;

    private final Map<String, Long> startNs = new HashMap<>();
    private final Map<String, Long> lastNs = new HashMap<>();
    private final Map<String, String> names = new HashMap<>();
    /** Each thread's name as last read, as bytes, so that an unchanged name makes no string. */
    private final Map<String, byte[]> commBytes = new HashMap<>();
    /** Where {@link #read} puts a file: schedstat and comm are a line each. */
    private final byte[] buffer = new byte[READ_BUFFER];
    /** Flink subtask threads by Java thread id: their full names, which Linux cuts before the subtask index. */
    private final Map<Long, String> subtaskNames = new HashMap<>();
    private final Map<Long, Long> subtaskStartNs = new HashMap<>();
    private final Map<Long, Long> subtaskLastNs = new HashMap<>();
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final long processStartNs;
    private final Thread sampler;
    private volatile boolean running = true;
    private long samplerNs;

    private ThreadCpuWatch(long processStartNs) {
        this.processStartNs = processStartNs;
        readAll(startNs);
        readSubtasks(subtaskStartNs);
        this.sampler = new Thread(this::sampleUntilStopped, "thread-cpu-watch");
        sampler.setDaemon(true);
    }

    /** Starts watching now. */
    static ThreadCpuWatch start(long processCpuNs) {
        ThreadCpuWatch w = new ThreadCpuWatch(processCpuNs);
        if (Files.isDirectory(TASKS)) {
            w.sampler.start();
        }
        return w;
    }

    /** Stops watching and gives each thread's CPU time since the start, by name. */
    Breakdown stop(long processCpuNs) throws InterruptedException {
        running = false;
        sampler.interrupt();
        sampler.join();
        synchronized (this) {
            readAll(lastNs);
            readSubtasks(subtaskLastNs);
            Map<String, Long> bySubtask = new HashMap<>();
            subtaskLastNs.forEach((id, ns) -> {
                long d = ns - subtaskStartNs.getOrDefault(id, 0L);
                if (d > 0) {
                    bySubtask.merge(subtaskNames.get(id), d, Long::sum);
                }
            });
            Map<String, Long> byName = new HashMap<>();
            long sum = 0;
            for (Map.Entry<String, Long> e : lastNs.entrySet()) {
                long ns = e.getValue() - startNs.getOrDefault(e.getKey(), 0L);
                if (ns <= 0 || sampler.getName().equals(names.get(e.getKey()))) {
                    continue;
                }
                byName.merge(names.getOrDefault(e.getKey(), "?"), ns, Long::sum);
                sum += ns;
            }
            long process = processCpuNs - processStartNs;
            return new Breakdown(byName, bySubtask, Math.max(0, process - sum - samplerNs), samplerNs);
        }
    }

    private void sampleUntilStopped() {
        long own = ownCpu();
        while (running) {
            synchronized (this) {
                readAll(lastNs);
                readSubtasks(subtaskLastNs);
            }
            try {
                TimeUnit.MILLISECONDS.sleep(INTERVAL_MS);
            } catch (InterruptedException e) {
                break;
            }
        }
        samplerNs = ownCpu() - own;
    }

    private static long ownCpu() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    /** Reads every live thread's CPU nanoseconds into {@code into}, and its name. */
    private void readAll(Map<String, Long> into) {
        if (!Files.isDirectory(TASKS)) {
            return;
        }
        try (DirectoryStream<Path> tasks = Files.newDirectoryStream(TASKS)) {
            for (Path task : tasks) {
                String tid = task.getFileName().toString();
                try {
                    into.put(tid, leadingNumber(read(task.resolve("schedstat"))));
                    // read each time: a new thread has its creator's name until the JVM renames it
                    int n = read(task.resolve("comm"));
                    byte[] known = commBytes.get(tid);
                    if (known == null || !Arrays.equals(buffer, 0, n, known, 0, known.length)) {
                        commBytes.put(tid, Arrays.copyOf(buffer, n));
                        names.put(tid, new String(buffer, 0, n, StandardCharsets.UTF_8).strip());
                    }
                } catch (IOException | RuntimeException e) {
                    // the thread ended while being read: its last reading stands
                }
            }
        } catch (IOException e) {
            // no per-thread view: the breakdown stays empty
        }
    }

    /**
     * Reads a small file of {@code /proc} into {@link #buffer} and gives its length. The watch samples
     * some hundred threads five times a second in the JVM it measures, so it reads into one buffer
     * instead of a string per file: those strings were 3% of a benchmark run's allocation, collected in
     * the same pauses as the job's.
     */
    private int read(Path file) throws IOException {
        try (FileInputStream in = new FileInputStream(file.toFile())) {
            int n = 0;
            int r;
            while (n < buffer.length && (r = in.read(buffer, n, buffer.length - n)) > 0) {
                n += r;
            }
            return n;
        }
    }

    /** The number the buffer starts with (schedstat's first field: nanoseconds on the CPU). */
    private long leadingNumber(int length) {
        long value = 0;
        int i = 0;
        for (; i < length && buffer[i] >= '0' && buffer[i] <= '9'; i++) {
            value = value * 10 + (buffer[i] - '0');
        }
        if (i == 0) {
            throw new NumberFormatException("no number in schedstat");
        }
        return value;
    }

    /** Reads the CPU nanoseconds of Flink's subtask threads (named "... (I/N)#A") into {@code into}. */
    private void readSubtasks(Map<Long, Long> into) {
        for (long id : threads.getAllThreadIds()) {
            String name = subtaskNames.get(id);
            if (name == null) {
                ThreadInfo info = threads.getThreadInfo(id);
                if (info == null || !SUBTASK.matcher(info.getThreadName()).find()) {
                    continue;
                }
                name = info.getThreadName();
                subtaskNames.put(id, name);
            }
            long ns = threads.getThreadCpuTime(id);
            if (ns > 0) {
                into.put(id, ns);
            }
        }
    }

    /**
     * CPU time by thread name over one phase.
     *
     * @param byName       nanoseconds per thread name (threads of one name summed)
     * @param bySubtask    nanoseconds per Flink subtask thread, by its full name
     * @param unattributed process CPU time in no thread read: threads that ended between readings
     * @param samplerNs    the watch's own sampling thread
     */
    record Breakdown(Map<String, Long> byName, Map<String, Long> bySubtask, long unattributed, long samplerNs) {

        /** Nanoseconds per group, in the order of {@code groups}; names matching no group go to "other". */
        Map<String, Long> grouped(ThreadGroups groups) {
            Map<String, Long> out = new LinkedHashMap<>();
            for (String g : groups.labels()) {
                out.put(g, 0L);
            }
            byName.forEach((name, ns) -> out.merge(groups.of(name), ns, Long::sum));
            out.merge(ThreadGroups.UNATTRIBUTED, unattributed, Long::sum);
            return out;
        }
    }
}
