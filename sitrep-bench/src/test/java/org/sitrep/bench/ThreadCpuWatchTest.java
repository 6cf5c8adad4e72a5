package org.sitrep.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The per-thread CPU watch finds a thread's work under its name, also when the thread has ended before
 * the watch stops (as a Flink job's task threads do), and the groups sort Flink's and the JVM's thread
 * names into slot work and side work.
 */
class ThreadCpuWatchTest {

    @Test
    void aBusyThreadThatEndsBeforeTheWatchStopsIsCountedUnderItsName() throws Exception {
        assumeTrue(Files.isDirectory(Path.of("/proc/self/task")), "needs Linux's /proc/self/task");
        ThreadCpuWatch watch = ThreadCpuWatch.start(processCpu());
        Thread busy = new Thread(() -> spin(600), "annotate -> (x) (2/2)#0");
        long spun = 600_000_000L;
        busy.start();
        busy.join();
        // the watch reads every INTERVAL_MS: let it see the thread's last reading before stopping
        Thread.sleep(2 * ThreadCpuWatch.INTERVAL_MS);
        ThreadCpuWatch.Breakdown b = watch.stop(processCpu());

        // Linux keeps the first 15 characters of a thread's name
        assertThat(b.byName()).containsKey("annotate -> (x)");
        // all but what it did after the watch's last reading of it, which the process total still holds
        assertThat(b.byName().get("annotate -> (x)")).isBetween(spun / 2, spun + 50_000_000L);
        assertThat(b.byName().get("annotate -> (x)") + b.unattributed()).isGreaterThan(spun * 9 / 10);
        assertThat(b.grouped(ThreadGroups.FLINK_JOB).get("task: annotate (+ article sink)")).isGreaterThan(spun / 2);
        // and under its full name, subtask index included, as a Flink subtask thread
        assertThat(b.bySubtask().get("annotate -> (x) (2/2)#0")).isGreaterThan(spun / 2);
    }

    @Test
    void aThreadRenamedWhileWatchedIsCountedUnderItsNewName() throws Exception {
        assumeTrue(Files.isDirectory(Path.of("/proc/self/task")), "needs Linux's /proc/self/task");
        ThreadCpuWatch watch = ThreadCpuWatch.start(processCpu());
        Thread busy = new Thread(() -> {
            spin(50);
            sleep(3 * ThreadCpuWatch.INTERVAL_MS);
            // a thread's own rename reaches Linux's comm, as the JVM names a pool thread after it started
            Thread.currentThread().setName("analyse -> (z)");
            spin(400);
            sleep(3 * ThreadCpuWatch.INTERVAL_MS);
        }, "first-name");
        busy.start();
        busy.join();
        ThreadCpuWatch.Breakdown b = watch.stop(processCpu());

        assertThat(b.byName()).containsKey("analyse -> (z)").doesNotContainKey("first-name");
        assertThat(b.byName().get("analyse -> (z)")).isGreaterThan(300_000_000L);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void flinkAndJvmThreadNamesFallIntoSlotAndSideWork() {
        ThreadGroups g = ThreadGroups.FLINK_JOB;
        assertThat(g.of("annotate -> (ar")).isEqualTo("task: annotate (+ article sink)");
        assertThat(g.of("Source: read ->")).isEqualTo("task: source + extract");
        assertThat(g.of("C2 CompilerThre")).isEqualTo("JIT compilers");
        assertThat(g.of("AsyncOperations")).isEqualTo("async checkpoint snapshots");
        assertThat(g.of("sitrep-read-/tm")).startsWith("file readers");
        assertThat(g.of("java")).startsWith("main thread");
        assertThat(g.of("javax")).isEqualTo(ThreadGroups.OTHER);
        assertThat(g.isSlotWork(g.of("cluster (1/1)#0"))).isTrue();
        assertThat(g.isSlotWork(g.of("VM Thread"))).isFalse();
    }

    /** Keeps the calling thread on a CPU for {@code millis} of CPU time, however loaded the machine. */
    private static void spin(long millis) {
        var bean = ManagementFactory.getThreadMXBean();
        long end = bean.getCurrentThreadCpuTime() + millis * 1_000_000;
        long x = 0;
        while (bean.getCurrentThreadCpuTime() < end) {
            x += x * 31 + 7;
        }
        if (x == 42) {
            System.out.println(x);
        }
    }

    private static long processCpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }
}
