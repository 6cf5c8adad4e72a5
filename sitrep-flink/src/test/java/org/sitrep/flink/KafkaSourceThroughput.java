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
 * sources' share of the time shows. Runs alternate, file first in odd rounds, and the ratio of median
 * times is printed. Command and results in BENCHMARKS.md.
 *
 * <p>Arguments: days of generated news (default 365), rounds (default 3), parallelism and partitions
 * (default 2).
 */
final class KafkaSourceThroughput {

    private KafkaSourceThroughput() {
    }

    public static void main(String[] args) throws Exception {
        int days = args.length > 0 ? Integer.parseInt(args[0]) : 365;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        int parallelism = args.length > 2 ? Integer.parseInt(args[2]) : 2;
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
            List<Long> fileMs = new ArrayList<>();
            List<Long> kafkaMs = new ArrayList<>();
            for (int r = 0; r < rounds; r++) {
                for (boolean fromFile : r % 2 == 0 ? new boolean[] {true, false} : new boolean[] {false, true}) {
                    Path out = tmp.resolve("out-" + r + (fromFile ? "-file" : "-kafka"));
                    JobSettings settings = JobSettings.of(new InputRoots(fromFile ? List.of(file.toString()) : List.of()),
                            out.toString(), parallelism, FixtureRecipe.online())
                            .withCheckpoints(Duration.ofSeconds(1), out.resolve("_checkpoints").toUri().toString());
                    if (!fromFile) {
                        settings = settings.withKafka(new KafkaInput(kafka.bootstrap(), "feed", "ab"));
                    }
                    long start = System.nanoTime();
                    SitrepFlinkJob.run(settings);
                    long ms = (System.nanoTime() - start) / 1_000_000;
                    int articles = JobOutputs.read(out).articles().size();
                    (fromFile ? fileMs : kafkaMs).add(ms);
                    System.out.printf("round %d %-5s %d articles in %d ms (%.1f articles/s)%n", r + 1,
                            fromFile ? "file" : "kafka", articles, ms, articles * 1000.0 / ms);
                }
            }
            System.out.printf("%d records, parallelism %d: median file %d ms, kafka %d ms, kafka/file time %.2f%n",
                    records.size(), parallelism, median(fileMs), median(kafkaMs),
                    (double) median(kafkaMs) / median(fileMs));
        }
    }

    private static long median(List<Long> xs) {
        List<Long> sorted = xs.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
