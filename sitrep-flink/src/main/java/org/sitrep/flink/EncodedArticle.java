package org.sitrep.flink;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Objects;
import org.sitrep.annotate.AnnotatedArticle;
import org.sitrep.cluster.ClusteringSession;

/**
 * An annotated article on its way to the clustering operator, encoded once ({@link RecordCodec}) in the
 * parallel annotation stage, with the two fields the operator needs before it offers the article: its id
 * and its published day. The one clustering instance keeps the bytes in keyed state as they came
 * ({@link EncodedArticles}) and decodes each article once, when it offers its day; it neither decodes
 * an article on arrival nor encodes it again for its state.
 *
 * @param id    the article's id
 * @param day   the article's published day ({@link ClusteringSession#dayOf}), or null without one
 * @param bytes the article, as {@link RecordCodec#annotated(AnnotatedArticle)} gives it
 */
public record EncodedArticle(String id, LocalDate day, byte[] bytes) {

    private static final long NO_DAY = Long.MIN_VALUE;

    public EncodedArticle {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(bytes, "bytes");
    }

    /** The article, encoded. */
    public static EncodedArticle of(AnnotatedArticle a) {
        return new EncodedArticle(a.id().value(), ClusteringSession.dayOf(a), RecordCodec.annotated(a));
    }

    /** The article, decoded. */
    public AnnotatedArticle decode() {
        return RecordCodec.annotated(bytes);
    }

    /** The record as one array: id (length-prefixed UTF-8), epoch day, the article's bytes. */
    static byte[] toBytes(EncodedArticle e) {
        byte[] id = e.id.getBytes(StandardCharsets.UTF_8);
        return ByteBuffer.allocate(Integer.BYTES + id.length + Long.BYTES + e.bytes.length)
                .putInt(id.length).put(id).putLong(e.day == null ? NO_DAY : e.day.toEpochDay()).put(e.bytes).array();
    }

    /** The record {@link #toBytes} wrote. */
    static EncodedArticle fromBytes(byte[] all) {
        ByteBuffer in = ByteBuffer.wrap(all);
        byte[] id = new byte[in.getInt()];
        in.get(id);
        long day = in.getLong();
        byte[] bytes = new byte[in.remaining()];
        in.get(bytes);
        return new EncodedArticle(new String(id, StandardCharsets.UTF_8), day == NO_DAY ? null : LocalDate.ofEpochDay(day),
                bytes);
    }
}
