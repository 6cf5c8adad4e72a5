package org.sitrep.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProgressLinesTest {

    private static final long MILLIS = 1_000_000L;

    @Test
    void printsAtTheStartEveryNItemsAndAtTheEndWithTheTimeTaken() {
        List<String> lines = new ArrayList<>();
        AtomicLong clock = new AtomicLong();
        ProgressLines progress = new ProgressLines(lines::add, 2, clock::get);

        progress.start("extract", 5);
        progress.advance("extract", 1);
        progress.advance("extract", 1);
        progress.advance("extract", 1);
        progress.advance("extract", 2);
        clock.set(1500 * MILLIS);
        progress.finish("extract");

        assertThat(lines).containsExactly("extract: 0/5", "extract: 2/5", "extract: 5/5",
                "extract: 5/5 done in 1.5 s");
    }

    @Test
    void phaseOfUnknownSizeCountsWithoutATotal() {
        List<String> lines = new ArrayList<>();
        ProgressLines progress = new ProgressLines(lines::add, 10, () -> 0L);

        progress.start("ingest", -1);
        progress.advance("ingest", 25);
        progress.finish("ingest");

        assertThat(lines).containsExactly("ingest: started", "ingest: 25", "ingest: 25 done in 0.0 s");
    }

    @Test
    void smallPhaseGivesOnlyItsStartAndEnd() {
        List<String> lines = new ArrayList<>();
        ProgressLines progress = new ProgressLines(lines::add);

        progress.start("cluster", 5);
        progress.advance("cluster", 5);
        progress.finish("cluster");

        assertThat(lines).hasSize(2);
        assertThat(lines.get(1)).startsWith("cluster: 5/5 done in ");
    }

    @Test
    void finishingAPhaseTwiceOrOneNeverStartedPrintsNothingMore() {
        List<String> lines = new ArrayList<>();
        ProgressLines progress = new ProgressLines(lines::add, 1, () -> 0L);

        progress.finish("never");
        progress.start("analyse", 1);
        progress.finish("analyse");
        progress.finish("analyse");

        assertThat(lines).containsExactly("analyse: 0/1", "analyse: 0/1 done in 0.0 s");
    }

    @Test
    void manyThreadsAdvancingGiveEveryLineOnceInIncreasingOrder() throws InterruptedException {
        List<String> lines = Collections.synchronizedList(new ArrayList<>());
        ProgressLines progress = new ProgressLines(lines::add, 100, () -> 0L);
        int threads = 8;
        int perThread = 1000;
        progress.start("annotate", (long) threads * perThread);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch go = new CountDownLatch(1);
        for (int t = 0; t < threads; t++) {
            pool.submit(() -> {
                go.await();
                for (int i = 0; i < perThread; i++) {
                    progress.advance("annotate", 1);
                }
                return null;
            });
        }
        go.countDown();
        pool.shutdown();
        assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        progress.finish("annotate");

        List<String> expected = new ArrayList<>();
        expected.add("annotate: 0/8000");
        for (int n = 100; n <= 8000; n += 100) {
            expected.add("annotate: " + n + "/8000");
        }
        expected.add("annotate: 8000/8000 done in 0.0 s");
        assertThat(lines).containsExactlyElementsOf(expected);
    }
}
