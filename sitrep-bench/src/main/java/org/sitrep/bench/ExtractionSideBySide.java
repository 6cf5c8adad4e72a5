package org.sitrep.bench;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.sitrep.eval.extract.BenchPage;
import org.sitrep.eval.extract.ExtractionDataset;
import org.sitrep.eval.extract.ExtractionEvaluator;
import org.sitrep.eval.extract.ExtractionScores;
import org.sitrep.eval.extract.PageExtractor;
import org.sitrep.eval.extract.ScoreReport;
import org.sitrep.eval.extract.SitrepPageExtractor;
import org.sitrep.extract.ExtractionConfig;
import org.sitrep.extract.StandardArticleExtractor;

/**
 * Sitrep's extraction beside Readability4J and boilerpipe on the same pages in one run: F1 on WCXB
 * (articles and all pages) and trafilatura's evaluation data, computed by the same code as
 * {@code sitrep eval extract}, and pages per second for each, single-threaded. Every extractor
 * first runs once over the trafilatura pages untimed, so each is measured with its code compiled.
 * Speed is given per CPU-second of the evaluating thread (steady on a shared machine) and per
 * wall-clock second. Then Sitrep's throughput with metadata on all cores (wall clock over both
 * datasets). Prints Markdown for {@code BENCHMARKS.md}.
 *
 * <pre>
 * java -cp "sitrep-bench/target/sitrep-bench.jar:sitrep-bench/target/lib/*" org.sitrep.bench.ExtractionSideBySide \
 *     ../shared/bench/wcxb ../shared/bench/trafilatura-eval-en [THREADS]
 * </pre>
 */
public final class ExtractionSideBySide {

    private ExtractionSideBySide() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: ExtractionSideBySide WCXB_DIR TRAFILATURA_DIR [THREADS]");
            System.exit(2);
        }
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : Runtime.getRuntime().availableProcessors();
        List<BenchPage> wcxb = ExtractionDataset.WCXB.read(Path.of(args[0]));
        List<BenchPage> traf = ExtractionDataset.TRAFILATURA.read(Path.of(args[1]));
        List<BenchPage> all = new ArrayList<>(wcxb);
        all.addAll(traf);
        PeerExtractors peers = new PeerExtractors(all);
        StandardArticleExtractor stage = new StandardArticleExtractor(ExtractionConfig.defaults());
        List<PageExtractor> extractors = List.of(new SitrepPageExtractor(stage), peers.readability(),
                peers.boilerpipe());
        List<ExtractionScores> onWcxb = new ArrayList<>();
        List<ExtractionScores> onTraf = new ArrayList<>();
        for (PageExtractor e : extractors) {
            ExtractionEvaluator.evaluate(ExtractionDataset.TRAFILATURA, traf, e);
            onWcxb.add(ExtractionEvaluator.evaluate(ExtractionDataset.WCXB, wcxb, e));
            onTraf.add(ExtractionEvaluator.evaluate(ExtractionDataset.TRAFILATURA, traf, e));
        }
        double wall = parallelSeconds(new SitrepPageExtractor(stage), all, threads);
        System.out.printf(Locale.ROOT, "Extraction side by side, %s, %d WCXB + %d trafilatura-eval-en pages, "
                + "JDK %s, %d cores available%n%n", LocalDate.now(), wcxb.size(), traf.size(),
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors());
        System.out.print(ScoreReport.sideBySide(onWcxb, onTraf));
        ExtractionScores w = onWcxb.get(0);
        ExtractionScores t = onTraf.get(0);
        double cpuRate = (w.pages() + t.pages()) / (w.cpuSeconds() + t.cpuSeconds());
        System.out.printf(Locale.ROOT, "%nSitrep with metadata on %d threads: %.0f pages/s wall clock (%d pages, %.1f s; "
                + "other jobs on the machine share its cores). From the single-thread CPU time: %.0f pages per "
                + "CPU-second, so %.0f pages/s on %d cores doing nothing else.%n", threads, all.size() / wall,
                all.size(), wall, cpuRate, cpuRate * threads, threads);
    }

    /** Wall-clock seconds for {@code extractor} over {@code pages} on {@code threads} threads (after one warm pass). */
    private static double parallelSeconds(PageExtractor extractor, List<BenchPage> pages, int threads)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            runAll(extractor, pages, pool);
            long start = System.nanoTime();
            runAll(extractor, pages, pool);
            return (System.nanoTime() - start) / 1e9;
        } finally {
            pool.shutdown();
        }
    }

    private static void runAll(PageExtractor extractor, List<BenchPage> pages, ExecutorService pool) throws Exception {
        List<Future<?>> done = new ArrayList<>();
        for (BenchPage p : pages) {
            done.add(pool.submit(() -> extractor.extract(p)));
        }
        for (Future<?> f : done) {
            f.get();
        }
    }
}
