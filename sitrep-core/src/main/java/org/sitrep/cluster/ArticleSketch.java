package org.sitrep.cluster;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Objects;
import org.sitrep.model.ArticleId;

/**
 * What online clustering keeps of one article: its day of publication, the embedding of its title and
 * lead, its content terms and names as weighted 64-bit keys, and a MinHash signature of its word
 * shingles. A few kilobytes whatever the article's length; made by {@link ArticleSketcher}, consumed
 * by {@link StoryTracker}. Making sketches is stateless and parallel; only the tracker is sequential,
 * so a stream job can sketch on many workers and cluster on one.
 *
 * <p>Immutable: arrays are copied in, and the accessors return copies. Term and name keys are sorted
 * ascending, each with its weight ({@code 1 + ln} of its count in the article).
 */
public final class ArticleSketch {

    final ArticleId id;
    final LocalDate earliest;
    final LocalDate latest;
    final float[] embedding;
    final long[] termKeys;
    final float[] termWeights;
    final long[] nameKeys;
    final float[] nameWeights;
    final int[] signature;
    final int shingles;
    final boolean embedded;

    /**
     * @param earliest the first day the article may have been published (the day itself when it gives
     *     one, the first of the month or the year when it gives only those), or null when it gives none
     * @param latest the last such day; null exactly when {@code earliest} is
     * @param embedding unit vector of title and lead; empty when there is no embedder or no text
     * @param signature MinHash signature; empty when the text is shorter than one shingle
     * @param shingles how many shingles the text has (a copy that adds lines has more than its source)
     */
    public ArticleSketch(ArticleId id, LocalDate earliest, LocalDate latest, float[] embedding, long[] termKeys, float[] termWeights,
            long[] nameKeys, float[] nameWeights, int[] signature, int shingles) {
        this.id = Objects.requireNonNull(id, "id");
        this.earliest = earliest;
        this.latest = latest;
        if ((earliest == null) != (latest == null) || earliest != null && latest.isBefore(earliest)) {
            throw new IllegalArgumentException("bad publication range " + earliest + ".." + latest);
        }
        this.embedding = embedding.clone();
        this.termKeys = termKeys.clone();
        this.termWeights = termWeights.clone();
        this.nameKeys = nameKeys.clone();
        this.nameWeights = nameWeights.clone();
        this.signature = signature.clone();
        this.shingles = shingles;
        this.embedded = nonZero(embedding);
        if (termKeys.length != termWeights.length || nameKeys.length != nameWeights.length) {
            throw new IllegalArgumentException("every key needs one weight");
        }
        if (!ascending(termKeys) || !ascending(nameKeys)) {
            throw new IllegalArgumentException("keys must be sorted and distinct");
        }
        if (shingles < 0) {
            throw new IllegalArgumentException("negative shingle count");
        }
    }

    private static boolean ascending(long[] keys) {
        for (int i = 1; i < keys.length; i++) {
            if (keys[i - 1] >= keys[i]) {
                return false;
            }
        }
        return true;
    }

    public ArticleId id() {
        return id;
    }

    /** The day of publication when the article gives one, or null. */
    public LocalDate published() {
        return earliest != null && earliest.equals(latest) ? earliest : null;
    }

    /** The first day the article may have been published, or null when it gives no date. */
    public LocalDate earliest() {
        return earliest;
    }

    /** The last day the article may have been published, or null when it gives no date. */
    public LocalDate latest() {
        return latest;
    }

    public float[] embedding() {
        return embedding.clone();
    }

    public long[] termKeys() {
        return termKeys.clone();
    }

    public float[] termWeights() {
        return termWeights.clone();
    }

    public long[] nameKeys() {
        return nameKeys.clone();
    }

    public float[] nameWeights() {
        return nameWeights.clone();
    }

    public int[] signature() {
        return signature.clone();
    }

    public int shingles() {
        return shingles;
    }

    private static boolean nonZero(float[] v) {
        for (float x : v) {
            if (x != 0) {
                return true;
            }
        }
        return false;
    }

    /** True when there is an embedding that is not the zero vector. */
    public boolean hasEmbedding() {
        return embedded;
    }

    /** True when there is nothing to compare: no embedding, terms, names or shingles. */
    public boolean isEmpty() {
        return termKeys.length == 0 && nameKeys.length == 0 && signature.length == 0 && !embedded;
    }

    /**
     * The sketch as bytes, for a stream job that sketches in its parallel stage and clusters on one
     * instance: the id, the publication range, then each array after its length. Lossless.
     */
    public byte[] toBytes() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeUTF(id.value());
            BinaryFields.writeDate(out, earliest);
            BinaryFields.writeDate(out, latest);
            BinaryFields.writeFloats(out, embedding);
            BinaryFields.writeLongs(out, termKeys);
            BinaryFields.writeFloats(out, termWeights);
            BinaryFields.writeLongs(out, nameKeys);
            BinaryFields.writeFloats(out, nameWeights);
            BinaryFields.writeInts(out, signature);
            out.writeInt(shingles);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot happen in memory", e);
        }
        return bytes.toByteArray();
    }

    /** The sketch {@link #toBytes} wrote; IllegalArgumentException for anything else. */
    public static ArticleSketch fromBytes(byte[] bytes) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            ArticleId id = new ArticleId(in.readUTF());
            LocalDate earliest = BinaryFields.readDate(in);
            LocalDate latest = BinaryFields.readDate(in);
            float[] embedding = BinaryFields.readFloats(in);
            long[] termKeys = BinaryFields.readLongs(in);
            float[] termWeights = BinaryFields.readFloats(in);
            long[] nameKeys = BinaryFields.readLongs(in);
            float[] nameWeights = BinaryFields.readFloats(in);
            int[] signature = BinaryFields.readInts(in);
            if (embedding == null || termWeights == null || nameWeights == null) {
                throw new IOException("missing array");
            }
            return new ArticleSketch(id, earliest, latest, embedding, termKeys, termWeights, nameKeys, nameWeights,
                    signature, in.readInt());
        } catch (IOException e) {
            throw new IllegalArgumentException("not a sketch: " + e.getMessage(), e);
        }
    }

    /** A copy published on {@code day} (null for none). */
    public ArticleSketch withPublished(LocalDate day) {
        return new ArticleSketch(id, day, day, embedding, termKeys, termWeights, nameKeys, nameWeights, signature,
                shingles);
    }
}
