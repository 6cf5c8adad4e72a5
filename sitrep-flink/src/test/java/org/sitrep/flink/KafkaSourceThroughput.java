package org.sitrep.flink;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sitrep.annotate.AnnotatedArticle;
import org.sitrep.fixtures.GeneratedNewsStream;

/**
 * Not a test: an A/B run by hand of the job reading the same records from a JSON Lines file and from
 * a topic of an in-process broker ({@link InProcessKafka}), with the model-free pipeline, so that the
 * sources' share of the time shows. Runs alternate, A first in odd rounds, and the ratio of median
 * times is printed. Command and results in BENCHMARKS.md.
 *
 * <p>With {@code follow} as the fourth argument, A is the topic read bounded and B the topic followed
 * ({@code --kafka-follow}), both with {@link JobSettings#CRAWL_OUT_OF_ORDERNESS}; a followed run is timed
 * until every article is committed to {@code articles/}, then cancelled (each under a group of its own,
 * so each reads the topic from the start).
 *
 * <p>Arguments: days of generated news (default 365), rounds (default 3), parallelism and partitions
 * (default 2), {@code file} (default) or {@code follow}.
 */
final class KafkaSourceThroughput {

    private KafkaSourceThroughput() {
    }

    public static void main(String[] args) throws Exception {
        int days = args.length > 0 ? Integer.parseInt(args[0]) : 365;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        int parallelism = args.length > 2 ? Integer.parseInt(args[2]) : 2;
        boolean follow = args.length > 3 && args[3].equals("follow");
        ObjectMapper json = new ObjectMapper();
        List<byte[]> records = new ArrayList<>();
        StringBuilder lines = new StringBuilder();
        for (AnnotatedArticle a : GeneratedNewsStream.spanning(days)) {
            String line = json.writeValueAsString(Map.of("title", a.article().title(), "text", a.text(),
                    "published", a.article().published().iso(), "url", "https://example.org/" + a.id()));
            records.add(line.getBytes(StandardCharsets.UTF_8));
            lines.append(line).append('\n');
        }
        Path tmp = Files.createTempDirectory("sitrep-kafka-ab");
        Path file = tmp.resolve("feed.jsonl");
        Files.writeString(file, lines, StandardCharsets.UTF_8);
        try (InProcessKafka kafka = InProcessKafka.start(tmp.resolve("kafka-log"))) {
            kafka.createTopic("feed", parallelism);
            kafka.produce("feed", parallelism, records);
            String a = follow ? "bounded" : "file";
            String b = follow ? "follow" : "kafka";
            List<Long> aMs = new ArrayList<>();
            List<Long> bMs = new ArrayList<>();
            for (int r = 0; r < rounds; r++) {
                for (boolean runA : r % 2 == 0 ? new boolean[] {true, false} : new boolean[] {false, true}) {
                    Path out = tmp.resolve("out-" + r + "-" + (runA ? a : b));
                    boolean fromFile = runA && !follow;
                    JobSettings settings = JobSettings.of(new InputRoots(fromFile ? List.of(file.toString()) : List.of()),
                            out.toString(), parallelism, FixtureRecipe.online())
                            .withCheckpoints(Duration.ofSeconds(1), out.resolve("_checkpoints").toUri().toString());
                    if (follow) {
                        settings = settings.withOutOfOrderness(JobSettings.CRAWL_OUT_OF_ORDERNESS);
                    }
                    if (!fromFile) {
                        KafkaInput topic = new KafkaInput(kafka.bootstrap(), "feed", "ab-" + r + "-" + runA);
                        settings = settings.withKafka(runA ? topic : topic.followed());
                    }
                    long start = System.nanoTime();
                    int articles = runA || !follow ? runToEnd(settings, out) : followUntil(settings, out, records.size());
                    long ms = (System.nanoTime() - start) / 1_000_000;
                    (runA ? aMs : bMs).add(ms);
                    System.out.printf("round %d %-7s %d articles in %d ms (%.1f articles/s)%n", r + 1,
                            runA ? a : b, articles, ms, articles * 1000.0 / ms);
                }
            }
            System.out.printf("%d records, parallelism %d: median %s %d ms, %s %d ms, %s/%s time %.2f%n",
                    records.size(), parallelism, a, median(aMs), b, median(bMs), b, a,
                    (double) median(bMs) / median(aMs));
        }
    }

    private static int runToEnd(JobSettings settings, Path out) throws Exception {
        SitrepFlinkJob.run(settings);
        return JobOutputs.read(out).articles().size();
    }

    /** Follows the topic until {@code articles} are committed, then cancels the job. */
    private static int followUntil(JobSettings settings, Path out, int articles) throws Exception {
        var job = SitrepFlinkJob.start(settings);
        try {
            int n = 0;
            long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
            while (n < articles) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("only " + n + " of " + articles + " articles after 10 minutes");
                }
                Thread.sleep(100);
                n = JobOutputs.lines(out, SitrepFlinkJob.ARTICLES).size();
            }
            return n;
        } finally {
            job.cancel().get();
        }
    }

    private static long median(List<Long> xs) {
        List<Long> sorted = xs.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
