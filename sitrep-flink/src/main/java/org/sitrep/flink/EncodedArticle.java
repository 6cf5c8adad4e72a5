package org.sitrep.flink;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Objects;
import org.sitrep.annotate.AnnotatedArticle;
import org.sitrep.cluster.ArticleSketcher;
import org.sitrep.cluster.ClusteringSession;
import org.sitrep.text.Embedding;

/**
 * An annotated article on its way to the clustering operator, encoded once ({@link RecordCodec}) in the
 * parallel annotation stage, with the two fields the operator needs before it offers the article (its
 * id and its published day) and the embedding of its lead, which the online clusterer's sketch needs
 * and which is the costliest part of sketching ({@link ArticleSketcher#leadEmbedding}: computed alone,
 * so the same wherever it is computed). The one clustering instance keeps the bytes in keyed state as
 * they came ({@link EncodedArticles}) and decodes each article once, when it offers its day; it neither
 * decodes an article on arrival nor encodes it again for its state, nor embeds its lead.
 *
 * @param id    the article's id
 * @param day   the article's published day ({@link ClusteringSession#dayOf}), or null without one
 * @param lead  the values of the lead's embedding, or empty when none was computed (no embedder, or a
 *              blank lead)
 * @param bytes the article, as {@link RecordCodec#annotated(AnnotatedArticle)} gives it
 */
public record EncodedArticle(String id, LocalDate day, float[] lead, byte[] bytes) {

    private static final long NO_DAY = Long.MIN_VALUE;

    public EncodedArticle {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(lead, "lead");
        Objects.requireNonNull(bytes, "bytes");
    }

    /** The article, encoded, without a lead embedding. */
    public static EncodedArticle of(AnnotatedArticle a) {
        return of(a, null);
    }

    /** The article, encoded, with its lead's embedding ({@link ArticleSketcher#leadEmbedding}; null for none). */
    public static EncodedArticle of(AnnotatedArticle a, Embedding lead) {
        return new EncodedArticle(a.id().value(), ClusteringSession.dayOf(a),
                lead == null ? new float[0] : lead.values(), RecordCodec.annotated(a));
    }

    /** The lead's embedding, or null when none was computed. */
    public Embedding leadEmbedding() {
        return lead.length == 0 ? null : Embedding.ofValues(lead);
    }

    /** The article, decoded. */
    public AnnotatedArticle decode() {
        return RecordCodec.annotated(bytes);
    }

    /** The record as one array: id (length-prefixed UTF-8), epoch day, lead (length-prefixed floats), the article's bytes. */
    static byte[] toBytes(EncodedArticle e) {
        byte[] id = e.id.getBytes(StandardCharsets.UTF_8);
        ByteBuffer out = ByteBuffer.allocate(Integer.BYTES + id.length + Long.BYTES + Integer.BYTES
                + Float.BYTES * e.lead.length + e.bytes.length);
        out.putInt(id.length).put(id).putLong(e.day == null ? NO_DAY : e.day.toEpochDay()).putInt(e.lead.length);
        for (float v : e.lead) {
            out.putFloat(v);
        }
        return out.put(e.bytes).array();
    }

    /** The record {@link #toBytes} wrote. */
    static EncodedArticle fromBytes(byte[] all) {
        ByteBuffer in = ByteBuffer.wrap(all);
        byte[] id = new byte[in.getInt()];
        in.get(id);
        long day = in.getLong();
        float[] lead = new float[in.getInt()];
        for (int i = 0; i < lead.length; i++) {
            lead[i] = in.getFloat();
        }
        byte[] bytes = new byte[in.remaining()];
        in.get(bytes);
        return new EncodedArticle(new String(id, StandardCharsets.UTF_8), day == NO_DAY ? null : LocalDate.ofEpochDay(day),
                lead, bytes);
    }
}
