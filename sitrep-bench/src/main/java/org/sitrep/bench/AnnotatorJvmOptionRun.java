package org.sitrep.bench;

import com.sun.management.ThreadMXBean;
import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.sitrep.annotate.AnnotatedArticle;
import org.sitrep.extract.Article;
import org.sitrep.nlp.CoreNlpAnnotator;
import org.sitrep.nlp.CoreNlpConfig;
import org.sitrep.nlp.JitSettings;
import org.sitrep.pipeline.ProblemSink;

/**
 * One side of a comparison of JVM options that cannot differ within one process (such as
 * {@code -XX:-DontCompileHugeMethods}), or of two builds that should differ only in what they allocate:
 * Sitrep's annotator with its defaults on the bench article texts, {@code ROUNDS} times, printing per
 * round the annotating thread's CPU time (not wall time, so a shared machine's load hardly moves it),
 * the memory it allocated per article, and the garbage collections of the round (count, the
 * collectors' time, which with {@code -XX:+UseSerialGC} is all stop-the-world pause but is wall time and
 * so stretched by a loaded machine, and, on Linux, the CPU time of the JVM's {@code VM Thread}, where the
 * serial collector runs, which the load does not stretch), and a SHA-256
 * digest of every {@link AnnotatedArticle} of the last round. Run it alternately with each set of
 * options or each build's class path (A, B, A, B) and compare; equal digests mean the annotations are
 * identical.
 *
 * <pre>
 * for opt in -XX:+DontCompileHugeMethods -XX:-DontCompileHugeMethods; do
 *   java -Xmx2g $opt -cp "sitrep-bench/target/sitrep-bench.jar:sitrep-bench/target/lib/*" \
 *       org.sitrep.bench.AnnotatorJvmOptionRun ../shared/bench [WCXB_ARTICLES [MULTILING_ARTICLES [ROUNDS]]]
 * done
 * </pre>
 */
public final class AnnotatorJvmOptionRun {

    private static final int DEFAULT_WCXB_ARTICLES = 40;
    private static final int DEFAULT_MULTILING_ARTICLES = 30;
    private static final int DEFAULT_ROUNDS = 3;

    private AnnotatorJvmOptionRun() {
    }

    /** Garbage collections so far, over all collectors: their count and their time in milliseconds. */
    private static long[] collections() {
        long[] out = new long[2];
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            out[0] += Math.max(0, gc.getCollectionCount());
            out[1] += Math.max(0, gc.getCollectionTime());
        }
        return out;
    }

    /**
     * CPU time of the JVM's {@code VM Thread} (user and system, 10 ms ticks), which runs the serial
     * collector's pauses; -1 where {@code /proc} does not show it.
     */
    private static long vmThreadCpuMillis() {
        try (DirectoryStream<Path> tasks = Files.newDirectoryStream(Path.of("/proc/self/task"))) {
            for (Path task : tasks) {
                if (Files.readString(task.resolve("comm")).strip().equals("VM Thread")) {
                    String stat = Files.readString(task.resolve("stat"));
                    // fields after the command name, which ends at the last ')': state is field 3, utime 14, stime 15
                    String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    return (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 10;
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }

    public static void main(String[] args) throws IOException, NoSuchAlgorithmException {
        List<Article> articles = BenchArticles.fromArgs(args, "AnnotatorJvmOptionRun", DEFAULT_WCXB_ARTICLES,
                DEFAULT_MULTILING_ARTICLES).articles();
        int rounds = args.length > 3 ? Integer.parseInt(args[3]) : DEFAULT_ROUNDS;
        ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        CoreNlpAnnotator annotator = new CoreNlpAnnotator(CoreNlpConfig.defaults());
        System.out.printf(Locale.ROOT, "huge methods compiled: %s; %d articles, %d rounds%n",
                JitSettings.compilesHugeMethods().map(String::valueOf).orElse("unknown"), articles.size(), rounds);
        long tokens = 0;
        long total = 0;
        MessageDigest digest = null;
        for (int r = 0; r < rounds; r++) {
            digest = MessageDigest.getInstance("SHA-256");
            tokens = 0;
            long[] gcBefore = collections();
            long vmBefore = vmThreadCpuMillis();
            long allocatedBefore = threads.getCurrentThreadAllocatedBytes();
            long start = threads.getCurrentThreadCpuTime();
            for (Article a : articles) {
                AnnotatedArticle out = annotator.annotate(a, ProblemSink.IGNORE);
                tokens += out.tokens().size();
                digest.update(out.toString().getBytes(StandardCharsets.UTF_8));
            }
            long spent = threads.getCurrentThreadCpuTime() - start;
            long allocated = threads.getCurrentThreadAllocatedBytes() - allocatedBefore;
            long[] gcAfter = collections();
            long vmAfter = vmThreadCpuMillis();
            total += spent;
            System.out.printf(Locale.ROOT, "round %d: %.2f CPU-s, %,d tokens, %.1f MB allocated per article,"
                    + " %d collections, %d ms collecting, VM thread CPU %d ms%n", r + 1, spent / 1e9, tokens,
                    allocated / 1e6 / articles.size(), gcAfter[0] - gcBefore[0], gcAfter[1] - gcBefore[1],
                    vmBefore < 0 ? -1 : vmAfter - vmBefore);
        }
        System.out.printf(Locale.ROOT, "total %.2f CPU-s over %d rounds; digest %s%n", total / 1e9, rounds,
                HexFormat.of().formatHex(digest.digest()));
    }
}
