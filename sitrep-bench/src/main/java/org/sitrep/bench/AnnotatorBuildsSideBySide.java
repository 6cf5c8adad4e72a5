package org.sitrep.bench;

import com.sun.management.ThreadMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Sitrep's CoreNLP annotator (default config) from two builds in one JVM, for an A/B of a change to
 * annotation: each build's jars in a class loader of its own, the same bench article texts given to
 * both, the builds taking turns article by article. Prints the CPU time of the annotating thread for
 * each (not wall time, so a shared machine's load hardly moves it), the ratio, the memory each
 * allocates per article (the annotating thread's allocated bytes, which drive the garbage collector; as
 * independent of the load as CPU time), and how many articles the two annotate differently (compared
 * as the whole {@code AnnotatedArticle}'s text form).
 *
 * <p>The CPU times and differences are also printed for each family of articles (WCXB, MultiLing,
 * ECB+; none of ECB+ unless asked for), so that a family left out while tuning is reported apart.
 *
 * <p>A build is a folder of jars, such as {@code sitrep-app/target/lib} copied aside before the change;
 * this module's own jar is put in front of each, to read the articles.
 *
 * <pre>
 * java -Xmx4g -cp sitrep-bench/target/sitrep-bench.jar org.sitrep.bench.AnnotatorBuildsSideBySide \
 *     ../shared/bench BASE_LIB_DIR CHANGED_LIB_DIR [WCXB_ARTICLES [MULTILING_ARTICLES [ECBPLUS_DOCUMENTS]]]
 * </pre>
 */
public final class AnnotatorBuildsSideBySide {

    private static final int DEFAULT_WCXB_ARTICLES = 40;
    private static final int DEFAULT_MULTILING_ARTICLES = 30;
    private static final int WARM_UP_ARTICLES = 3;
    private static final String[] FAMILIES = {"wcxb", "multiling", "ecbplus"};

    /** One build's annotator and articles, all of its own classes, and the CPU time spent so far. */
    private static final class Build {
        final ClassLoader loader;
        final Object annotator;
        final Method annotate;
        final Object ignoreProblems;
        final List<?> articles;
        /** Where each family's articles end in {@link #articles}: WCXB, MultiLing, ECB+. */
        final int[] familyEnds;
        long cpuNanos;
        long lastNanos;
        long allocatedBytes;

        Build(Path lib, Path bench, int wcxb, int multiling, int ecbPlus)
                throws ReflectiveOperationException, IOException {
            List<URL> jars = new ArrayList<>();
            jars.add(AnnotatorBuildsSideBySide.class.getProtectionDomain().getCodeSource().getLocation());
            try (Stream<Path> s = Files.list(lib)) {
                for (Path p : s.filter(p -> p.toString().endsWith(".jar")).sorted().toList()) {
                    jars.add(p.toUri().toURL());
                }
            }
            loader = new URLClassLoader(jars.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
            Thread.currentThread().setContextClassLoader(loader);
            Class<?> config = loader.loadClass("org.sitrep.nlp.CoreNlpConfig");
            annotator = loader.loadClass("org.sitrep.nlp.CoreNlpAnnotator").getConstructor(config)
                    .newInstance(config.getMethod("defaults").invoke(null));
            Class<?> sink = loader.loadClass("org.sitrep.pipeline.ProblemSink");
            annotate = annotator.getClass().getMethod("annotate", loader.loadClass("org.sitrep.extract.Article"), sink);
            ignoreProblems = sink.getField("IGNORE").get(null);
            // this loader's own copy of BenchArticles, so that the articles are of this build's classes
            Class<?> reader = loader.loadClass(BenchArticles.class.getName());
            Method fromWcxb = reader.getDeclaredMethod("wcxb", Path.class, int.class);
            Method fromMultiling = reader.getDeclaredMethod("multiling", Path.class, int.class);
            Method fromEcbPlus = reader.getDeclaredMethod("ecbPlus", Path.class, int.class);
            fromWcxb.setAccessible(true);
            fromMultiling.setAccessible(true);
            fromEcbPlus.setAccessible(true);
            List<Object> all = new ArrayList<>((List<?>) fromWcxb.invoke(null, bench.resolve("wcxb"), wcxb));
            int wcxbEnd = all.size();
            all.addAll((List<?>) fromMultiling.invoke(null, bench.resolve("multiling2011-sample"), multiling));
            int multilingEnd = all.size();
            if (ecbPlus > 0) {
                all.addAll((List<?>) fromEcbPlus.invoke(null, bench.resolve("ecbplus-dev"), ecbPlus));
            }
            articles = all;
            familyEnds = new int[] {wcxbEnd, multilingEnd, all.size()};
        }

        String annotate(int i, ThreadMXBean threads) throws ReflectiveOperationException {
            Thread.currentThread().setContextClassLoader(loader);
            long allocatedBefore = threads.getCurrentThreadAllocatedBytes();
            long start = threads.getCurrentThreadCpuTime();
            Object out = annotate.invoke(annotator, articles.get(i), ignoreProblems);
            lastNanos = threads.getCurrentThreadCpuTime() - start;
            allocatedBytes += threads.getCurrentThreadAllocatedBytes() - allocatedBefore;
            cpuNanos += lastNanos;
            return out.toString();
        }
    }

    private AnnotatorBuildsSideBySide() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: AnnotatorBuildsSideBySide BENCH_DIR BASE_LIB_DIR CHANGED_LIB_DIR"
                    + " [WCXB_ARTICLES [MULTILING_ARTICLES [ECBPLUS_DOCUMENTS]]]");
            System.exit(2);
        }
        Path bench = Path.of(args[0]);
        int wcxb = args.length > 3 ? Integer.parseInt(args[3]) : DEFAULT_WCXB_ARTICLES;
        int multiling = args.length > 4 ? Integer.parseInt(args[4]) : DEFAULT_MULTILING_ARTICLES;
        int ecbPlus = args.length > 5 ? Integer.parseInt(args[5]) : 0;
        Build base = new Build(Path.of(args[1]), bench, wcxb, multiling, ecbPlus);
        Build changed = new Build(Path.of(args[2]), bench, wcxb, multiling, ecbPlus);
        ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        int n = base.articles.size();
        for (int i = 0; i < Math.min(WARM_UP_ARTICLES, n); i++) {
            base.annotate(i, threads);
            changed.annotate(i, threads);
        }
        base.cpuNanos = 0;
        changed.cpuNanos = 0;
        base.allocatedBytes = 0;
        changed.allocatedBytes = 0;
        int different = 0;
        long[] baseByFamily = new long[FAMILIES.length];
        long[] changedByFamily = new long[FAMILIES.length];
        int[] differentByFamily = new int[FAMILIES.length];
        for (int i = 0; i < n; i++) {
            // a different build first for each article, so neither always runs on a cold cache
            Build first = i % 2 == 0 ? base : changed;
            Build second = first == base ? changed : base;
            String a = first.annotate(i, threads);
            String b = second.annotate(i, threads);
            int family = 0;
            while (i >= base.familyEnds[family]) {
                family++;
            }
            baseByFamily[family] += base.lastNanos;
            changedByFamily[family] += changed.lastNanos;
            int differs = a.equals(b) ? 0 : 1;
            different += differs;
            differentByFamily[family] += differs;
        }
        System.out.printf(Locale.ROOT, "%d articles; annotator CPU: base %.1f s, changed %.1f s, ratio %.3f;"
                + " articles annotated differently: %d%n", n, base.cpuNanos / 1e9, changed.cpuNanos / 1e9,
                (double) base.cpuNanos / changed.cpuNanos, different);
        System.out.printf(Locale.ROOT, "allocated per article: base %.1f MB, changed %.1f MB, ratio %.3f%n",
                base.allocatedBytes / 1e6 / n, changed.allocatedBytes / 1e6 / n,
                (double) base.allocatedBytes / changed.allocatedBytes);
        for (int f = 0; f < FAMILIES.length; f++) {
            int count = base.familyEnds[f] - (f == 0 ? 0 : base.familyEnds[f - 1]);
            if (count > 0) {
                System.out.printf(Locale.ROOT, "  %s: %d articles, CPU base %.1f s, changed %.1f s, ratio %.3f,"
                        + " annotated differently %d%n", FAMILIES[f], count, baseByFamily[f] / 1e9,
                        changedByFamily[f] / 1e9, (double) baseByFamily[f] / changedByFamily[f], differentByFamily[f]);
            }
        }
    }
}
