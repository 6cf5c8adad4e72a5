package org.sitrep.flink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.util.Collector;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.sitrep.pipeline.Problem;

class KafkaArticleRecordsTest {

    private static final String UNDATED = "{\"url\":\"https://example.org/a%d\",\"text\":\"The council met on a"
            + " Tuesday and voted to close the old bridge to lorries.\"}";
    private static final String DATED = "{\"url\":\"https://example.org/b%d\",\"published\":\"%s\",\"text\":"
            + "\"The council met and voted to close the old bridge to lorries.\"}";

    @SafeVarargs
    private static List<Ingested> read(boolean followed, ConsumerRecord<byte[], byte[]>... records) throws Exception {
        KafkaArticleSource.ArticleRecords reader = new KafkaArticleSource.ArticleRecords(followed);
        List<Ingested> out = new ArrayList<>();
        Collector<Ingested> collector = new Collector<>() {
            @Override
            public void collect(Ingested record) {
                out.add(record);
            }

            @Override
            public void close() {
            }
        };
        for (ConsumerRecord<byte[], byte[]> r : records) {
            reader.deserialize(r, collector);
        }
        return out;
    }

    private static ConsumerRecord<byte[], byte[]> record(int partition, long offset, String json) {
        return new ConsumerRecord<>("news", partition, offset, null, json.getBytes(StandardCharsets.UTF_8));
    }

    private static List<Problem> warnings(List<Ingested> read) {
        return read.stream().filter(i -> i.problem() != null).map(Ingested::problem).toList();
    }

    @Test
    void warnsOncePerPartitionOfAFollowedTopicWhereRecordsDeclareNoPublishedDay() throws Exception {
        List<Ingested> read = read(true, record(0, 0, UNDATED.formatted(1)), record(0, 1, UNDATED.formatted(2)),
                record(1, 0, DATED.formatted(3, "Mon, 06 Jan 2025 08:00:00 GMT")), record(1, 1, UNDATED.formatted(4)));

        assertThat(read.stream().filter(i -> i.document() != null)).hasSize(4);
        assertThat(warnings(read)).extracting(Problem::input, Problem::severity).containsExactly(
                tuple("kafka topic news partition 0 offset 0", Problem.Severity.WARNING),
                tuple("kafka topic news partition 1 offset 1", Problem.Severity.WARNING));
        assertThat(warnings(read).get(0).reason()).contains("no published day");
    }

    @Test
    void doesNotWarnOnDatedRecordsNorOnABoundedRead() throws Exception {
        assertThat(warnings(read(true, record(0, 0, DATED.formatted(1, "2025-01-06")),
                record(0, 1, DATED.formatted(2, "6 January 2025"))))).isEmpty();
        assertThat(warnings(read(false, record(0, 0, UNDATED.formatted(1))))).isEmpty();
    }
}
