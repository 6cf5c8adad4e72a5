package org.sitrep.flink;

import java.io.IOException;
import org.apache.flink.api.common.serialization.DeserializationSchema;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.connector.kafka.source.KafkaSource;
import org.apache.flink.connector.kafka.source.enumerator.initializer.OffsetsInitializer;
import org.apache.flink.connector.kafka.source.reader.deserializer.KafkaRecordDeserializationSchema;
import org.apache.flink.util.Collector;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.sitrep.ingest.IngestConfig;
import org.sitrep.ingest.InputReader;
import org.sitrep.ingest.Origin;
import org.sitrep.pipeline.Problem;

/**
 * The job's source for a {@link KafkaInput}: Flink's {@link KafkaSource}, bounded from the earliest
 * offsets to those present at the start, with each record read by sitrep-core's
 * {@link InputReader#readRecord}, the reader of a JSON Lines line, so a record gives the document its
 * line would give. A bad record (no value, not JSON, no text, too large) becomes a problem named by
 * {@link KafkaInput#location} and the reason, and the job goes on.
 *
 * <p>A record's document is named {@code kafka:TOPIC/PARTITION} at position offset + 1 (like a line
 * number, which starts at 1); the clustering stage orders articles by that name and position, so a
 * topic of one partition is read in the order of a JSON Lines file holding its records. An article's
 * id hashes its URL when the record gives one, else that name. The source's position is the Kafka
 * offsets it checkpoints, so a restart neither loses nor repeats a record.
 */
final class KafkaArticleSource {

    private static final String ORIGIN_SCHEME = "kafka:";

    private KafkaArticleSource() {
    }

    static KafkaSource<Ingested> of(KafkaInput input) {
        return KafkaSource.<Ingested>builder()
                .setBootstrapServers(input.bootstrap())
                .setTopics(input.topic())
                .setGroupId(input.group())
                .setStartingOffsets(OffsetsInitializer.earliest())
                .setBounded(OffsetsInitializer.latest())
                .setDeserializer(new ArticleRecords())
                .build();
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

    /** Turns one Kafka record into a document or a problem. Stateless apart from its reader. */
    static final class ArticleRecords implements KafkaRecordDeserializationSchema<Ingested> {

        private static final long serialVersionUID = 1L;

        private transient InputReader reader;

        @Override
        public void open(DeserializationSchema.InitializationContext context) {
            reader = new InputReader(IngestConfig.defaults());
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
            reader.readRecord(location, where, record.value(), d -> out.collect(Ingested.of(d)),
                    p -> out.collect(Ingested.of(p)));
        }

        @Override
        public TypeInformation<Ingested> getProducedType() {
            return Types.GENERIC(Ingested.class);
        }
    }
}
