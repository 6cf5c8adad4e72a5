package org.sitrep.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.sitrep.extract.Article;
import org.sitrep.extract.ExtractionConfig;
import org.sitrep.extract.ExtractionException;
import org.sitrep.extract.StandardArticleExtractor;
import org.sitrep.ingest.IngestConfig;
import org.sitrep.ingest.InputReader;
import org.sitrep.ingest.RawDocument;
import org.sitrep.pipeline.ProblemSink;

/**
 * What Sitrep's extraction stage costs per document: CPU time and bytes allocated by the extracting
 * thread, read from the JVM's per-thread counters around each pass over the documents, so the figures
 * mean the same on a loaded machine as on an idle one (wall time would not). The inputs are read
 * once into memory by the ingest stage, as {@code sitrep extract} reads them; the passes then run
 * extraction alone, single-threaded, after {@code --warmups} untimed passes that let the JIT compile it.
 * Prints one row per timed pass and the median.
 *
 * <p>{@code --dump FILE} writes every document's extraction (the whole {@link Article} record, or the
 * reason it was rejected), one line each in input order, so two builds' outputs can be compared with
 * {@code cmp}: a change that is meant to make extraction cheaper must leave that file unchanged.
 *
 * <pre>
 * java -Xmx1g -cp "sitrep-bench/target/sitrep-bench.jar:sitrep-bench/target/lib/*" org.sitrep.bench.ExtractionCost \
 *     [--warmups 3] [--rounds 5] [--dump FILE] ../shared/bench/wcxb/html ../shared/bench/trafilatura-eval-en/html examples/corpus
 * </pre>
 */
public final class ExtractionCost {

    private static final double NANOS_PER_MS = 1e6;
    private static final double BYTES_PER_KB = 1024;

    private ExtractionCost() {
    }

    public static void main(String[] args) throws IOException {
        int warmups = 3;
        int rounds = 5;
        Path dump = null;
        List<String> inputs = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--warmups" -> warmups = Integer.parseInt(args[++i]);
                case "--rounds" -> rounds = Integer.parseInt(args[++i]);
                case "--dump" -> dump = Path.of(args[++i]);
                default -> inputs.add(args[i]);
            }
        }
        if (inputs.isEmpty() || rounds < 1) {
            System.err.println("usage: ExtractionCost [--warmups N] [--rounds N] [--dump FILE] INPUT...");
            System.exit(2);
        }
        List<RawDocument> docs = new ArrayList<>();
        new InputReader(IngestConfig.defaults()).read(inputs, docs::add, ProblemSink.IGNORE);
        StandardArticleExtractor stage = new StandardArticleExtractor(ExtractionConfig.defaults());
        if (dump != null) {
            writeDump(stage, docs, dump);
        }
        for (int i = 0; i < warmups; i++) {
            pass(stage, docs);
        }
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long thread = Thread.currentThread().getId();
        double[] cpuMs = new double[rounds];
        double[] allocKb = new double[rounds];
        System.out.printf(Locale.ROOT, "Extraction cost, %s, %d documents, JDK %s, %d warm-up passes%n%n", LocalDate.now(),
                docs.size(), System.getProperty("java.version"), warmups);
        System.out.println("| pass | CPU ms per document | KB allocated per document |");
        System.out.println("|---|---:|---:|");
        for (int r = 0; r < rounds; r++) {
            long cpu0 = threads.getCurrentThreadCpuTime();
            long alloc0 = threads.getThreadAllocatedBytes(thread);
            pass(stage, docs);
            cpuMs[r] = (threads.getCurrentThreadCpuTime() - cpu0) / NANOS_PER_MS / docs.size();
            allocKb[r] = (threads.getThreadAllocatedBytes(thread) - alloc0) / BYTES_PER_KB / docs.size();
            System.out.printf(Locale.ROOT, "| %d | %.2f | %.0f |%n", r + 1, cpuMs[r], allocKb[r]);
        }
        System.out.printf(Locale.ROOT, "| median | %.2f | %.0f |%n", median(cpuMs), median(allocKb));
    }

    /** One pass over every document; the count of articles is returned so the work cannot be dropped. */
    private static int pass(StandardArticleExtractor stage, List<RawDocument> docs) {
        int articles = 0;
        for (RawDocument d : docs) {
            try {
                articles += stage.apply(d).text().isEmpty() ? 0 : 1;
            } catch (ExtractionException e) {
                // a rejected document costs what it cost; nothing to count
            }
        }
        return articles;
    }

    private static void writeDump(StandardArticleExtractor stage, List<RawDocument> docs, Path file) throws IOException {
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
            for (RawDocument d : docs) {
                String line;
                try {
                    line = stage.apply(d).toString();
                } catch (ExtractionException e) {
                    line = d.origin() + " rejected: " + e.getMessage();
                }
                out.println(line.replace("\n", "\\n"));
            }
        }
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
