package org.sitrep.flink;

import java.io.IOException;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import org.apache.flink.api.common.eventtime.SerializableTimestampAssigner;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.serialization.DeserializationSchema;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.connector.kafka.source.KafkaSource;
import org.apache.flink.connector.kafka.source.KafkaSourceBuilder;
import org.apache.flink.connector.kafka.source.KafkaSourceOptions;
import org.apache.flink.connector.kafka.source.enumerator.initializer.OffsetsInitializer;
import org.apache.flink.connector.kafka.source.reader.deserializer.KafkaRecordDeserializationSchema;
import org.apache.flink.util.Collector;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetResetStrategy;
import org.sitrep.extract.StandardArticleExtractor;
import org.sitrep.ingest.IngestConfig;
import org.sitrep.ingest.InputReader;
import org.sitrep.ingest.Origin;
import org.sitrep.pipeline.Problem;

/**
 * The job's source for a {@link KafkaInput}: Flink's {@link KafkaSource}, bounded from the earliest
 * offsets to those present at the start, or, followed, unbounded from the group's committed offsets
 * (the earliest for a partition the group has none for), with each record read by sitrep-core's
 * {@link InputReader#readRecord}, the reader of a JSON Lines line, so a record gives the document its
 * line would give. A bad record (no value, not JSON, no text, too large) becomes a problem named by
 * {@link KafkaInput#location} and the reason, and the job goes on.
 *
 * <p>A record's document is named {@code kafka:TOPIC/PARTITION} at position offset + 1 (like a line
 * number, which starts at 1); the clustering stage orders articles by that name and position, so a
 * topic of one partition is read in the order of a JSON Lines file holding its records. An article's
 * id hashes its URL when the record gives one, else that name. The source's position is the Kafka
 * offsets it checkpoints, so a restart from a checkpoint neither loses nor repeats a record.
 */
final class KafkaArticleSource {

    private static final String ORIGIN_SCHEME = "kafka:";

    static final String UNDATED_ON_FOLLOWED_TOPIC = "declares no published day the watermark can read"
            + " (first such record of its partition): a followed topic closes a day only when records declaring"
            + " later days arrive, so this article and those like it wait for the next day that closes";

    private KafkaArticleSource() {
    }

    static KafkaSource<Ingested> of(KafkaInput input) {
        KafkaSourceBuilder<Ingested> source = KafkaSource.<Ingested>builder()
                .setBootstrapServers(input.bootstrap())
                .setTopics(input.topic())
                .setGroupId(input.group())
                .setDeserializer(new ArticleRecords(input.follow()));
        if (input.follow()) {
            // offsets are committed to the group when a checkpoint completes (the source's default with a group)
            return source.setStartingOffsets(OffsetsInitializer.committedOffsets(OffsetResetStrategy.EARLIEST))
                    .setProperty(KafkaSourceOptions.COMMIT_OFFSETS_ON_CHECKPOINT.key(), "true")
                    .build();
        }
        return source.setStartingOffsets(OffsetsInitializer.earliest())
                .setBounded(OffsetsInitializer.latest())
                .build();
    }

    /**
     * Event time for a followed topic, made where the records are read, per partition: a record's
     * timestamp is the start of the day its declared {@code published} value names when that value
     * names a day as extraction reads it ({@code 2025-01-06T08:00:00Z}, {@code Mon, 06 Jan 2025 ...}), and the watermark
     * of each partition trails the latest such day by {@code bound}; the job's watermark is the least
     * over the partitions, so a partition read behind the others holds it back instead of finding its
     * articles late. A record without such a value moves no watermark (it is still clustered by the
     * day extraction gives it). A partition without records for {@code idleAfter} stops holding the
     * watermark back until it has records again.
     */
    static WatermarkStrategy<Ingested> watermarks(Duration bound, Duration idleAfter) {
        return WatermarkStrategy.<Ingested>forBoundedOutOfOrderness(bound)
                .withTimestampAssigner((SerializableTimestampAssigner<Ingested>) (in, previous) -> declaredDay(in))
                .withIdleness(idleAfter);
    }

    /**
     * The start of the day a document declares as published, read as extraction reads the value
     * ({@link StandardArticleExtractor#declaredDay}), else {@link Long#MIN_VALUE}.
     */
    static long declaredDay(Ingested in) {
        if (in.document() == null) {
            return Long.MIN_VALUE;
        }
        return StandardArticleExtractor.declaredDay(in.document().declared().published())
                .map(PublishedDays::start).orElse(Long.MIN_VALUE);
    }

    /** How the documents of a partition are named in origins. */
    static String originPath(String topic, int partition) {
        return ORIGIN_SCHEME + topic + "/" + partition;
    }

    /**
     * A record's position as an origin's line: offset + 1. Origins hold an int; the rare offset beyond
     * it gives no position, and such records are ordered by arrival.
     */
    static Integer position(long offset) {
        return offset < Integer.MAX_VALUE ? (int) (offset + 1) : null;
    }

    /**
     * Turns one Kafka record into a document or a problem. On a followed topic it also warns, once per
     * partition it reads, when a record declares no published day: only declared days move the
     * watermark, so such an article waits for the next day that closes, and a topic none of whose
     * records declares one never closes a day.
     */
    static final class ArticleRecords implements KafkaRecordDeserializationSchema<Ingested> {

        private static final long serialVersionUID = 1L;

        private final boolean followed;
        private transient InputReader reader;
        private transient Set<Integer> warnedPartitions;

        ArticleRecords(boolean followed) {
            this.followed = followed;
        }

        @Override
        public void open(DeserializationSchema.InitializationContext context) {
            reader = new InputReader(IngestConfig.defaults());
            warnedPartitions = new HashSet<>();
        }

        @Override
        public void deserialize(ConsumerRecord<byte[], byte[]> record, Collector<Ingested> out) throws IOException {
            if (reader == null) {
                open(null);
            }
            String location = KafkaInput.location(record.topic(), record.partition(), record.offset());
            if (record.value() == null) {
                out.collect(Ingested.of(Problem.error(location, "no value (a deletion marker), not an article")));
                return;
            }
            Origin where = new Origin(originPath(record.topic(), record.partition()), position(record.offset()), null,
                    null);
            reader.readRecord(location, where, record.value(), d -> {
                Ingested document = Ingested.of(d);
                out.collect(document);
                if (followed && declaredDay(document) == Long.MIN_VALUE && warnedPartitions.add(record.partition())) {
                    out.collect(Ingested.of(Problem.warning(location, UNDATED_ON_FOLLOWED_TOPIC)));
                }
            }, p -> out.collect(Ingested.of(p)));
        }

        @Override
        public TypeInformation<Ingested> getProducedType() {
            return Types.GENERIC(Ingested.class);
        }
    }
}
