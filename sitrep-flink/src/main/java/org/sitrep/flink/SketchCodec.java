package org.sitrep.flink;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import org.sitrep.cluster.ArticleSketch;
import org.sitrep.cluster.ArticleSketcher;
import org.sitrep.model.ArticleId;

/**
 * The bytes an {@link ArticleSketch} travels as from the parallel stage, where it is made
 * ({@link EncodeFunction}), to the one clustering instance, and rests as in its keyed state until the
 * article's day is offered ({@link WaitingSketches}): the id, the publication range as epoch days, then
 * each array after its length. A few kilobytes, mostly the lead embedding.
 *
 * <p>Lossless: decoding gives a sketch with the same fields, so the tracker's decisions are those of a
 * sketch made in the session ({@link ArticleSketcher#sketch}). Stateless and thread-safe.
 */
final class SketchCodec {

    private static final long NO_DATE = Long.MIN_VALUE;

    private SketchCodec() {
    }

    static byte[] encode(ArticleSketch s) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            CodecFields.string(out, s.id().value());
            out.writeLong(s.earliest() == null ? NO_DATE : s.earliest().toEpochDay());
            out.writeLong(s.latest() == null ? NO_DATE : s.latest().toEpochDay());
            floats(out, s.embedding());
            longs(out, s.termKeys());
            floats(out, s.termWeights());
            longs(out, s.nameKeys());
            floats(out, s.nameWeights());
            int[] signature = s.signature();
            out.writeInt(signature.length);
            for (int v : signature) {
                out.writeInt(v);
            }
            out.writeInt(s.shingles());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot happen in memory", e);
        }
        return bytes.toByteArray();
    }

    static ArticleSketch decode(byte[] bytes) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            ArticleId id = new ArticleId(CodecFields.string(in));
            LocalDate earliest = date(in.readLong());
            LocalDate latest = date(in.readLong());
            float[] embedding = floats(in);
            long[] termKeys = longs(in);
            float[] termWeights = floats(in);
            long[] nameKeys = longs(in);
            float[] nameWeights = floats(in);
            int[] signature = new int[in.readInt()];
            for (int i = 0; i < signature.length; i++) {
                signature[i] = in.readInt();
            }
            return new ArticleSketch(id, earliest, latest, embedding, termKeys, termWeights, nameKeys, nameWeights,
                    signature, in.readInt());
        } catch (IOException e) {
            throw new IllegalArgumentException("not an encoded sketch: " + e.getMessage(), e);
        }
    }

    private static LocalDate date(long epochDay) {
        return epochDay == NO_DATE ? null : LocalDate.ofEpochDay(epochDay);
    }

    private static void floats(DataOutputStream out, float[] values) throws IOException {
        out.writeInt(values.length);
        for (float v : values) {
            out.writeFloat(v);
        }
    }

    private static float[] floats(DataInputStream in) throws IOException {
        float[] values = new float[in.readInt()];
        for (int i = 0; i < values.length; i++) {
            values[i] = in.readFloat();
        }
        return values;
    }

    private static void longs(DataOutputStream out, long[] values) throws IOException {
        out.writeInt(values.length);
        for (long v : values) {
            out.writeLong(v);
        }
    }

    private static long[] longs(DataInputStream in) throws IOException {
        long[] values = new long[in.readInt()];
        for (int i = 0; i < values.length; i++) {
            values[i] = in.readLong();
        }
        return values;
    }
}
