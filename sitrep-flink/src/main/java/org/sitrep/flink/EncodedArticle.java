package org.sitrep.flink;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Objects;
import org.sitrep.annotate.AnnotatedArticle;
import org.sitrep.cluster.ArticleSketch;
import org.sitrep.cluster.ArticleSketcher;
import org.sitrep.cluster.ClusteringSession;

/**
 * An annotated article on its way to the clustering operator, encoded once ({@link RecordCodec}) in the
 * parallel annotation stage, with the two fields the operator needs before it offers the article (its
 * id and its published day) and the online clusterer's sketch of it ({@link ArticleSketcher#sketch}:
 * lead embedding, terms, names, shingle signature; it depends on the article only, so it is the same
 * wherever it is made). The one clustering instance keeps the bytes in keyed state as they came
 * ({@link EncodedArticles}) and decodes each article once, when it offers its day; it neither decodes
 * an article on arrival nor encodes it again for its state, nor sketches it.
 *
 * @param id     the article's id
 * @param day    the article's published day ({@link ClusteringSession#dayOf}), or null without one
 * @param sketch the sketch as {@link ArticleSketch#toBytes} gives it, or empty when none was made (the
 *               pipeline does not cluster online)
 * @param bytes  the article, as {@link RecordCodec#annotated(AnnotatedArticle)} gives it
 */
public record EncodedArticle(String id, LocalDate day, byte[] sketch, byte[] bytes) {

    private static final long NO_DAY = Long.MIN_VALUE;

    public EncodedArticle {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(sketch, "sketch");
        Objects.requireNonNull(bytes, "bytes");
    }

    /** The article, encoded, without a sketch. */
    public static EncodedArticle of(AnnotatedArticle a) {
        return of(a, null);
    }

    /** The article, encoded, with its sketch ({@link ArticleSketcher#sketch}; null for none). */
    public static EncodedArticle of(AnnotatedArticle a, ArticleSketch sketch) {
        return new EncodedArticle(a.id().value(), ClusteringSession.dayOf(a),
                sketch == null ? new byte[0] : sketch.toBytes(), RecordCodec.annotated(a));
    }

    /** The sketch, decoded, or null when none was made. */
    public ArticleSketch decodeSketch() {
        return sketch.length == 0 ? null : ArticleSketch.fromBytes(sketch);
    }

    /** The article, decoded. */
    public AnnotatedArticle decode() {
        return RecordCodec.annotated(bytes);
    }

    /** The record as one array: id (length-prefixed UTF-8), epoch day, sketch (length-prefixed), the article's bytes. */
    static byte[] toBytes(EncodedArticle e) {
        byte[] id = e.id.getBytes(StandardCharsets.UTF_8);
        ByteBuffer out = ByteBuffer.allocate(Integer.BYTES + id.length + Long.BYTES + Integer.BYTES
                + e.sketch.length + e.bytes.length);
        out.putInt(id.length).put(id).putLong(e.day == null ? NO_DAY : e.day.toEpochDay()).putInt(e.sketch.length);
        return out.put(e.sketch).put(e.bytes).array();
    }

    /** The record {@link #toBytes} wrote. */
    static EncodedArticle fromBytes(byte[] all) {
        ByteBuffer in = ByteBuffer.wrap(all);
        byte[] id = new byte[in.getInt()];
        in.get(id);
        long day = in.getLong();
        byte[] sketch = new byte[in.getInt()];
        in.get(sketch);
        byte[] bytes = new byte[in.remaining()];
        in.get(bytes);
        return new EncodedArticle(new String(id, StandardCharsets.UTF_8), day == NO_DAY ? null : LocalDate.ofEpochDay(day),
                sketch, bytes);
    }
}
