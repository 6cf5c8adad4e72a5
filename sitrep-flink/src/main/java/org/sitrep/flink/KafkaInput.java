package org.sitrep.flink;

import java.io.Serializable;
import java.util.Objects;

/**
 * A Kafka topic of articles the job reads besides (or instead of) files: each record's value is one
 * article as a JSON object, in the shape a line of a JSON Lines input takes: the body, text or HTML,
 * under {@code text} (or {@code body}, {@code content}, {@code maintext}), and {@code title},
 * {@code url}, {@code published} and the other keys {@code sitrep report} reads.
 *
 * <p>By default the job reads it bounded: from the earliest offsets to the offsets present when the
 * job starts, so a run ends and gives the answers of a file run on the same records. Followed
 * ({@link #follow}), it reads without end from the group's committed offsets (the earliest where the
 * group has none), so a job started again without its state reads on where the last completed
 * checkpoint of the group's previous run left off and reads no record twice; but the articles that
 * were still waiting in the clustering state at the stop (days not yet closed, open stories) are then
 * lost to the stories written later. Resuming from the kept checkpoint ({@code --resume-from}, which
 * is why {@code sitrep flink} asks a followed job for {@code --checkpoint-dir}) keeps them. Immutable
 * and serializable.
 *
 * @param bootstrap the brokers to contact first, {@code HOST:PORT[,HOST:PORT...]}
 * @param topic     the topic to read, every partition
 * @param group     the consumer group the job's offsets are committed under (on each completed
 *                  checkpoint; default {@link #DEFAULT_GROUP}): for monitoring when bounded, where
 *                  a followed topic is resumed from
 * @param follow    true to read the topic without end ({@code --kafka-follow})
 */
public record KafkaInput(String bootstrap, String topic, String group, boolean follow) implements Serializable {

    public static final String DEFAULT_GROUP = "sitrep";

    /** The topic read bounded. */
    public KafkaInput(String bootstrap, String topic, String group) {
        this(bootstrap, topic, group, false);
    }

    public KafkaInput {
        requireText(bootstrap, "bootstrap servers");
        requireText(topic, "topic");
        group = group == null ? DEFAULT_GROUP : group;
        requireText(group, "group");
    }

    /** This topic followed without end. */
    public KafkaInput followed() {
        return new KafkaInput(bootstrap, topic, group, true);
    }

    private static void requireText(String value, String what) {
        Objects.requireNonNull(value, what);
        if (value.isBlank()) {
            throw new IllegalArgumentException("the Kafka " + what + " must not be blank");
        }
    }

    /**
     * The name a record gets in problem lines: {@code kafka topic T partition P offset O}, which says
     * where to find it with any Kafka tool.
     */
    public static String location(String topic, int partition, long offset) {
        return "kafka topic " + topic + " partition " + partition + " offset " + offset;
    }
}
