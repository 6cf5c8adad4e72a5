package org.sitrep.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.flink.api.common.JobExecutionResult;
import org.sitrep.Sitrep;
import org.sitrep.annotate.AnnotatedArticle;
import org.sitrep.cluster.OnlineClusterer;
import org.sitrep.cluster.Story;
import org.sitrep.eval.summarize.MultiLingDataset;
import org.sitrep.eval.summarize.MultiLingTopic;
import org.sitrep.extract.Article;
import org.sitrep.flink.InputRoots;
import org.sitrep.flink.JobOutputs;
import org.sitrep.flink.JobSettings;
import org.sitrep.flink.PipelineRecipe;
import org.sitrep.flink.RecordCodec;
import org.sitrep.flink.SharedPipelines;
import org.sitrep.flink.SitrepFlinkJob;
import org.sitrep.flink.StandardRecipe;
import org.sitrep.ingest.IngestConfig;
import org.sitrep.ingest.InputReader;
import org.sitrep.ingest.RawDocument;
import org.sitrep.pipeline.ProblemSink;

/**
 * Scale benchmark of the Flink job: the standard pipeline on the same input at parallelism 1 and 2,
 * each job submitted to one cluster in this JVM that stays up between jobs ({@link StandingCluster}, as
 * on a cluster a user already runs; {@code --cluster-per-run} starts a MiniCluster for every job instead,
 * as {@code sitrep flink} does). Rounds alternate so load on a shared machine hits both alike; the
 * models stay loaded between runs, but each job embeds its own sentences (the pipeline forgets them
 * when a job ends, {@link SharedPipelines}), as a job on a fresh task manager does. Then each stage's cost per article on one thread, and the
 * keyed state the clustering operator holds per article and per story (the encoded annotated
 * articles, {@link RecordCodec}). Prints Markdown tables for BENCHMARKS.md and docs/scaling.md.
 *
 * <pre>
 * java -Xmx3g -cp ... org.sitrep.bench.FlinkScalingBenchmark [--multiling DIR] [--rounds N] [--warmups N]
 *     [--checkpoint-seconds S] [--out-of-order-days D] [--no-stage-costs] [--cluster-per-run] INPUT...
 * </pre>
 * {@code --warmups N} runs the job N times at each parallelism before the timed rounds (default 1): the
 * JIT compilers keep compiling CoreNLP's and the analysers' code for several passes over an input of a
 * few hundred articles, on a core of their own, which a one-slot job then has the use of for free.
 * Every run also reports its CPU time by thread ({@link ThreadCpuWatch}, {@link ThreadGroups}): the
 * operators' task threads (slot work) and the rest (side work: JIT, garbage collector, checkpoints,
 * file readers, Flink's runtime); and its timeline ({@link SlotTimeline}): when each operator instance
 * had work, and the core-seconds no task thread used on as many cores as slots.
 * {@code --checkpoint-seconds S} sets the jobs' checkpoint interval (default the job's 10 s). A bounded
 * job ends only with a checkpoint after its last record (the file sinks commit on it), so each run
 * waits up to one interval after its work is done; a short interval keeps that wait from weighing on
 * runs of a few tens of seconds.
 * {@code --multiling DIR} adds the 30 news articles of the MultiLing 2011 sample
 * ({@code ../shared/bench/multiling2011-sample}) as text files in a temporary directory.
 * {@code --no-stage-costs} skips the one-thread pass that measures each stage's cost per article (a
 * fifth of the time on a few hundred articles; most of it on a large input), and with it the state table.
 * {@code --out-of-order-days} is the job's watermark bound; the default is the job's, the whole
 * input, so that no article is late in files of no date order and every run does the same work as
 * {@code sitrep report}.
 */
public final class FlinkScalingBenchmark {

    private static final int DEFAULT_ROUNDS = 2;
    private static final double NANOS_PER_MS = 1e6;
    private static final double MS_PER_S = 1e3;
    private static final int BUSIEST_THREADS = 12;

    private FlinkScalingBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        List<String> inputs = new ArrayList<>();
        int rounds = DEFAULT_ROUNDS;
        int warmups = 1;
        Duration checkpoints = JobSettings.DEFAULT_CHECKPOINT_INTERVAL;
        Duration outOfOrder = JobSettings.WHOLE_INPUT;
        boolean measureStages = true;
        boolean clusterPerRun = false;
        Path work = Files.createTempDirectory("sitrep-flink-bench");
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--multiling" -> inputs.add(writeMultiLing(Path.of(args[++i]), work.resolve("multiling")).toString());
                case "--rounds" -> rounds = Integer.parseInt(args[++i]);
                case "--warmups" -> warmups = Integer.parseInt(args[++i]);
                case "--checkpoint-seconds" -> checkpoints = Duration.ofMillis(
                        Math.round(Double.parseDouble(args[++i]) * MS_PER_S));
                case "--out-of-order-days" -> outOfOrder = Duration.ofDays(Long.parseLong(args[++i]));
                case "--no-stage-costs" -> measureStages = false;
                case "--cluster-per-run" -> clusterPerRun = true;
                default -> inputs.add(args[i]);
            }
        }
        if (inputs.isEmpty()) {
            System.err.println("usage: FlinkScalingBenchmark [--multiling DIR] [--rounds N] [--warmups N] [--checkpoint-seconds S] "
                    + "[--out-of-order-days D] [--no-stage-costs] [--cluster-per-run] INPUT...");
            System.exit(2);
        }
        PipelineRecipe recipe = new StandardRecipe();
        // held for the whole benchmark, so that the jobs find the models loaded; each job still embeds
        // its own sentences (SharedPipelines makes the pipeline forget them when a job's last operator ends)
        Sitrep sitrep = SharedPipelines.acquire(recipe);
        try (StandingCluster cluster = clusterPerRun ? null : StandingCluster.start(2)) {
            Jobs jobs = settings -> cluster == null ? SitrepFlinkJob.run(settings) : cluster.run(settings);
            int articles;
            if (measureStages) {
                StageCosts costs = stageCosts(sitrep, inputs);
                System.out.println(costs.table());
                articles = costs.articles;
                // the jobs embed their sentences as a job on a fresh task manager does, not from this pass
                sitrep.forgetRecent();
            } else {
                articles = -1;
            }
            System.out.println(jvmSettings());
            for (int w = 0; w < warmups; w++) {
                // a run at each parallelism before timing, so that both meet warm code paths
                runJob(jobs, inputs, 2, work.resolve("warmup" + w + "p2"), recipe, checkpoints, outOfOrder);
                runJob(jobs, inputs, 1, work.resolve("warmup" + w + "p1"), recipe, checkpoints, outOfOrder);
            }
            List<double[]> perRound = new ArrayList<>();
            List<double[]> jobTimes = new ArrayList<>();
            List<ThreadCpuWatch.Breakdown> threads1 = new ArrayList<>();
            List<ThreadCpuWatch.Breakdown> threads2 = new ArrayList<>();
            for (int r = 0; r < rounds; r++) {
                Run one = runJob(jobs, inputs, 1, work.resolve("r" + r + "p1"), recipe, checkpoints, outOfOrder);
                Run two = runJob(jobs, inputs, 2, work.resolve("r" + r + "p2"), recipe, checkpoints, outOfOrder);
                perRound.add(new double[] {one.seconds, two.seconds, one.cpu, two.cpu, one.gc, two.gc, one.load, two.load});
                jobTimes.add(new double[] {one.jobSeconds, two.jobSeconds});
                threads1.add(one.threads);
                threads2.add(two.threads);
            }
            if (articles < 0) {
                articles = JobOutputs.read(work.resolve("r0p1")).articles().size();
            }
            System.out.println(throughputTable(perRound, articles));
            System.out.println(jobTimeTable(jobTimes));
            System.out.println(ThreadCpuTable.of(ThreadGroups.FLINK_JOB, threads1, threads2, articles));
        } finally {
            SharedPipelines.release(recipe);
        }
    }

    /** One job run: wall, CPU (this process) and GC seconds, the machine's load average, CPU by thread. */
    private record Run(double seconds, double jobSeconds, double cpu, double gc, double load,
            ThreadCpuWatch.Breakdown threads) {
    }

    /** How the benchmark runs a job: on the standing cluster, or on a MiniCluster of its own. */
    @FunctionalInterface
    private interface Jobs {
        JobExecutionResult run(JobSettings settings) throws Exception;
    }

    private static Run runJob(Jobs jobs, List<String> inputs, int parallelism, Path out, PipelineRecipe recipe,
            Duration checkpointInterval, Duration outOfOrder) throws Exception {
        Path checkpoints = Files.createDirectories(out.resolveSibling(out.getFileName() + "-checkpoints"));
        JobSettings settings = JobSettings.of(new InputRoots(inputs), out.toString(), parallelism, recipe)
                .withCheckpoints(checkpointInterval, checkpoints.toUri().toString())
                .withOutOfOrderness(outOfOrder);
        double loadStart = loadAverage();
        long gcStart = gcMillis();
        long cpuStart = processCpuNanos();
        ThreadCpuWatch watch = ThreadCpuWatch.start(cpuStart);
        SlotTimeline timeline = SlotTimeline.start();
        long start = System.nanoTime();
        JobExecutionResult result = jobs.run(settings);
        double seconds = (System.nanoTime() - start) / NANOS_PER_MS / MS_PER_S;
        double jobSeconds = result.getNetRuntime(TimeUnit.MILLISECONDS) / MS_PER_S;
        long cpuEnd = processCpuNanos();
        ThreadCpuWatch.Breakdown threads = watch.stop(cpuEnd);
        timeline.stop();
        double cpu = (cpuEnd - cpuStart) / NANOS_PER_MS / MS_PER_S;
        double gc = (gcMillis() - gcStart) / MS_PER_S;
        double load = (loadStart + loadAverage()) / 2;
        JobOutputs outputs = JobOutputs.read(out);
        System.err.printf(Locale.ROOT,
                "parallelism %d: %d articles, %d stories in %.1f s (%.1f s CPU, %.1f s GC, load average %.1f)%n",
                parallelism, outputs.articles().size(), outputs.stories().size(), seconds, cpu, gc, load);
        System.err.println(ThreadCpuTable.busiest(threads, BUSIEST_THREADS));
        System.err.print(timeline.render(parallelism));
        return new Run(seconds, jobSeconds, cpu, gc, load, threads);
    }

    /** The one-minute load average of the machine (other processes included), or -1 where unknown. */
    private static double loadAverage() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    /** Milliseconds this JVM has spent collecting garbage so far, over all collectors. */
    private static long gcMillis() {
        long sum = 0;
        for (var gc : java.lang.management.ManagementFactory.getGarbageCollectorMXBeans()) {
            sum += Math.max(0, gc.getCollectionTime());
        }
        return sum;
    }

    /** The settings that decide how many cores a slot can use, for the record. */
    private static String jvmSettings() {
        List<String> collectors = new ArrayList<>();
        java.lang.management.ManagementFactory.getGarbageCollectorMXBeans().forEach(gc -> collectors.add(gc.getName()));
        return String.format(Locale.ROOT, "JVM: %d processors, garbage collectors %s, common fork-join pool "
                + "parallelism %d, heap max %d MB%n", Runtime.getRuntime().availableProcessors(), collectors,
                java.util.concurrent.ForkJoinPool.getCommonPoolParallelism(),
                Runtime.getRuntime().maxMemory() / (1024 * 1024));
    }

    private static long processCpuNanos() {
        java.lang.management.OperatingSystemMXBean os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : 0;
    }

    /**
     * One row per round and a total: wall and CPU seconds at each parallelism, the cores each run
     * kept busy (CPU / wall), the wall-clock speed-up and the machine's load average.
     */
    private static String throughputTable(List<double[]> rounds, int articles) {
        StringBuilder t = new StringBuilder("| round | p=1 wall (s) | p=1 CPU (s) | p=1 cores busy | p=1 GC (s) "
                + "| p=2 wall (s) | p=2 CPU (s) | p=2 cores busy | p=2 GC (s) | speed-up (wall) | load average |\n"
                + "|---|---|---|---|---|---|---|---|---|---|---|\n");
        double[] sum = new double[8];
        for (int r = 0; r < rounds.size(); r++) {
            double[] x = rounds.get(r);
            for (int i = 0; i < sum.length; i++) {
                sum[i] += x[i];
            }
            t.append(row(Integer.toString(r + 1), x));
        }
        sum[6] /= rounds.size();
        sum[7] /= rounds.size();
        t.append(row("all", sum));
        t.append(String.format(Locale.ROOT, "%n%d articles: p=1 %.2f articles/s, p=2 %.2f articles/s; "
                + "CPU per article p=1 %.3f s, p=2 %.3f s%n", articles, articles * rounds.size() / sum[0],
                articles * rounds.size() / sum[1], sum[2] / articles / rounds.size(),
                sum[3] / articles / rounds.size()));
        return t.toString();
    }

    /**
     * Each round's job time as Flink reports it (its net runtime: from the job's submission to its
     * end, without starting the local cluster, which the wall time above includes), and the speed-up
     * it gives: the throughput of the job on a cluster that is already running, as on a real one.
     */
    private static String jobTimeTable(List<double[]> rounds) {
        StringBuilder t = new StringBuilder("| round | p=1 job (s) | p=2 job (s) | speed-up (job) |\n|---|---|---|---|\n");
        double one = 0;
        double two = 0;
        for (int r = 0; r < rounds.size(); r++) {
            double[] x = rounds.get(r);
            one += x[0];
            two += x[1];
            t.append(String.format(Locale.ROOT, "| %d | %.1f | %.1f | %.2fx |%n", r + 1, x[0], x[1], x[0] / x[1]));
        }
        t.append(String.format(Locale.ROOT, "| all | %.1f | %.1f | %.2fx |%n", one, two, one / two));
        return t.toString();
    }

    /** {wall1, wall2, cpu1, cpu2, gc1, gc2, load1, load2} as a table row. */
    private static String row(String label, double[] x) {
        return String.format(Locale.ROOT, "| %s | %.1f | %.1f | %.2f | %.1f | %.1f | %.1f | %.2f | %.1f | %.2fx | %.1f / %.1f |%n",
                label, x[0], x[2], x[2] / x[0], x[4], x[1], x[3], x[3] / x[1], x[5], x[0] / x[1], x[6], x[7]);
    }

    /** Each stage's cost per article on one thread, and the clustering state per article and story. */
    private static StageCosts stageCosts(Sitrep sitrep, List<String> inputs) {
        StageCosts c = new StageCosts();
        List<RawDocument> documents = new ArrayList<>();
        long t0 = System.nanoTime();
        new InputReader(IngestConfig.defaults()).read(inputs, documents::add, ProblemSink.IGNORE);
        c.readNs = System.nanoTime() - t0;
        List<Article> articles = new ArrayList<>();
        t0 = System.nanoTime();
        for (RawDocument d : documents) {
            try {
                articles.add(sitrep.extract(d));
            } catch (RuntimeException e) {
                // counted out: the cost table is per article extracted
            }
        }
        c.extractNs = System.nanoTime() - t0;
        List<AnnotatedArticle> annotated = new ArrayList<>();
        t0 = System.nanoTime();
        for (Article a : articles) {
            annotated.add(sitrep.annotate(a));
        }
        c.annotateNs = System.nanoTime() - t0;
        t0 = System.nanoTime();
        List<Story> stories = sitrep.cluster(annotated);
        c.clusterNs = System.nanoTime() - t0;
        t0 = System.nanoTime();
        for (Story s : stories) {
            sitrep.analyse(s);
        }
        c.analyseNs = System.nanoTime() - t0;
        c.articles = annotated.size();
        c.stories = stories.size();
        for (AnnotatedArticle a : annotated) {
            c.stateBytes += RecordCodec.annotated(a).length;
            c.textChars += a.text().length();
        }
        for (Story s : stories) {
            c.largestStoryBytes = Math.max(c.largestStoryBytes, RecordCodec.story(s).length);
        }
        if (sitrep.clusterer() instanceof OnlineClusterer online) {
            c.streaming = StreamingState.replay(online, annotated);
        }
        return c;
    }

    /** Writes each MultiLing document as a text file (title line, blank line, body) under {@code dir}. */
    private static Path writeMultiLing(Path source, Path dir) throws IOException {
        Files.createDirectories(dir);
        for (MultiLingTopic topic : MultiLingDataset.read(source)) {
            for (MultiLingTopic.Document d : topic.documents()) {
                List<String> lines = d.lines();
                String text = lines.get(0) + "\n\n" + String.join("\n\n", lines.subList(1, lines.size())) + "\n";
                Files.writeString(dir.resolve(topic.id() + "-" + d.name() + ".txt"), text, StandardCharsets.UTF_8);
            }
        }
        try (Stream<Path> files = Files.list(dir)) {
            System.err.println("multiling: " + files.count() + " documents in " + dir);
        }
        return dir;
    }

    /** Measured costs of one single-threaded pass. */
    private static final class StageCosts {
        long readNs;
        long extractNs;
        long annotateNs;
        long clusterNs;
        long analyseNs;
        int articles;
        int stories;
        long stateBytes;
        long textChars;
        long largestStoryBytes;
        StreamingState streaming;

        String table() {
            StringBuilder t = new StringBuilder(String.format(Locale.ROOT,
                    "%d articles (%d characters of clean text), %d stories, one thread%n%n", articles, textChars, stories));
            t.append("| stage | ms per article | share |\n|---|---|---|\n");
            long total = readNs + extractNs + annotateNs + clusterNs + analyseNs;
            row(t, "read (ingest)", readNs, total);
            row(t, "extract", extractNs, total);
            row(t, "annotate (CoreNLP + layers)", annotateNs, total);
            row(t, "cluster (whole collection)", clusterNs, total);
            row(t, "analyse (incl. embeddings)", analyseNs, total);
            row(t, "total", total, total);
            t.append(String.format(Locale.ROOT, "%nclustering state: %.1f KB per article (encoded, text + layers), "
                    + "%.1f KB per story on average, %.1f KB for the largest story%n",
                    stateBytes / 1024.0 / articles, stateBytes / 1024.0 / Math.max(1, stories), largestStoryBytes / 1024.0));
            if (streaming != null) {
                t.append(streaming.line());
            }
            return t.toString();
        }

        private void row(StringBuilder t, String stage, long ns, long total) {
            t.append(String.format(Locale.ROOT, "| %s | %.1f | %.0f%% |%n", stage, ns / NANOS_PER_MS / articles,
                    100.0 * ns / total));
        }
    }
}
