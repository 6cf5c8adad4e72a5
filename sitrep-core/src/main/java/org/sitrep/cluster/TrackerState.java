package org.sitrep.cluster;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInput;
import java.io.DataInputStream;
import java.io.DataOutput;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.sitrep.model.ArticleId;
import org.sitrep.model.StoryId;

/**
 * A snapshot of a {@link StoryTracker}: its clock, document frequencies, active stories (centroid,
 * profiles, dates, the originals it checks copies against) and its blocking and centroid indexes,
 * from which {@link StoryTracker#restore} continues where the snapshot was taken. Opaque to callers,
 * who store it as bytes ({@link #toBytes}, {@link #fromBytes}) in a workspace, a Flink state backend or
 * a file. Its size is bounded by the active window, never by the articles seen.
 *
 * <p>Immutable once taken (a restored tracker copies what it uses). The byte form starts with a
 * format version; reading a different version fails with a clear message.
 */
public final class TrackerState {

    static final int FORMAT = 1;

    /** One active story as snapshotted. */
    record StoryRecord(long seq, StoryId id, LocalDate first, LocalDate last, LocalDate lastActive, int articles,
            float[] centroid, long[] termKeys, float[] termWeights, long[] nameKeys, float[] nameWeights,
            List<ArticleId> originals, List<int[]> signatures, long[] blockKeys) {
    }

    /** One live node of the centroid index: the story's sequence number and the vector indexed. */
    record IndexEntry(long story, float[] vector) {
    }

    final LocalDate clock;
    final long articlesSeen;
    final long nextSeq;
    final int statisticsBits;
    final long documents;
    final int[][] statistics;
    final List<StoryRecord> stories;
    final int dimension;
    final List<IndexEntry> index;
    final Map<Long, long[]> blocking;

    TrackerState(LocalDate clock, long articlesSeen, long nextSeq, int statisticsBits, long documents,
            int[][] statistics, List<StoryRecord> stories, int dimension, List<IndexEntry> index,
            Map<Long, long[]> blocking) {
        this.clock = clock;
        this.articlesSeen = articlesSeen;
        this.nextSeq = nextSeq;
        this.statisticsBits = statisticsBits;
        this.documents = documents;
        this.statistics = statistics;
        this.stories = List.copyOf(stories);
        this.dimension = dimension;
        this.index = List.copyOf(index);
        this.blocking = new TreeMap<>(blocking);
    }

    /** The stream's latest date when the snapshot was taken, or null. */
    public LocalDate clock() {
        return clock;
    }

    public long articlesSeen() {
        return articlesSeen;
    }

    public int activeStories() {
        return stories.size();
    }

    public byte[] toBytes() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot happen in memory", e);
        }
        return bytes.toByteArray();
    }

    public static TrackerState fromBytes(byte[] bytes) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            return readFrom(in);
        } catch (IOException e) {
            throw new IllegalArgumentException("not a tracker snapshot: " + e.getMessage(), e);
        }
    }

    public void writeTo(DataOutput out) throws IOException {
        out.writeInt(FORMAT);
        BinaryFields.writeDate(out, clock);
        out.writeLong(articlesSeen);
        out.writeLong(nextSeq);
        out.writeInt(statisticsBits);
        out.writeLong(documents);
        for (int[] row : statistics) {
            writeCounts(out, row);
        }
        out.writeInt(stories.size());
        for (StoryRecord s : stories) {
            out.writeLong(s.seq());
            out.writeUTF(s.id().value());
            BinaryFields.writeDate(out, s.first());
            BinaryFields.writeDate(out, s.last());
            BinaryFields.writeDate(out, s.lastActive());
            out.writeInt(s.articles());
            BinaryFields.writeFloats(out, s.centroid());
            BinaryFields.writeLongs(out, s.termKeys());
            BinaryFields.writeFloats(out, s.termWeights());
            BinaryFields.writeLongs(out, s.nameKeys());
            BinaryFields.writeFloats(out, s.nameWeights());
            out.writeInt(s.originals().size());
            for (int i = 0; i < s.originals().size(); i++) {
                out.writeUTF(s.originals().get(i).value());
                int[] sig = s.signatures().get(i);
                out.writeInt(sig.length);
                for (int v : sig) {
                    out.writeInt(v);
                }
            }
            BinaryFields.writeLongs(out, s.blockKeys());
        }
        out.writeInt(dimension);
        out.writeInt(index.size());
        for (IndexEntry e : index) {
            out.writeLong(e.story());
            BinaryFields.writeFloats(out, e.vector());
        }
        out.writeInt(blocking.size());
        for (Map.Entry<Long, long[]> e : blocking.entrySet()) {
            out.writeLong(e.getKey());
            BinaryFields.writeLongs(out, e.getValue());
        }
    }

    public static TrackerState readFrom(DataInput in) throws IOException {
        int format = in.readInt();
        if (format != FORMAT) {
            throw new IOException("snapshot format " + format + ", this version reads " + FORMAT);
        }
        LocalDate clock = BinaryFields.readDate(in);
        long seen = in.readLong();
        long nextSeq = in.readLong();
        int bits = in.readInt();
        if (bits < 1 || bits > 30) {
            throw new IOException("bad statistics size " + bits);
        }
        long documents = in.readLong();
        int[][] stats = new int[TermStatistics.rows()][1 << bits];
        for (int[] row : stats) {
            readCounts(in, row);
        }
        int storyCount = in.readInt();
        List<StoryRecord> stories = new ArrayList<>();
        for (int s = 0; s < storyCount; s++) {
            long seq = in.readLong();
            StoryId id = new StoryId(in.readUTF());
            LocalDate first = BinaryFields.readDate(in);
            LocalDate last = BinaryFields.readDate(in);
            LocalDate lastActive = BinaryFields.readDate(in);
            int articles = in.readInt();
            float[] centroid = BinaryFields.readFloats(in);
            long[] termKeys = BinaryFields.readLongs(in);
            float[] termWeights = BinaryFields.readFloats(in);
            long[] nameKeys = BinaryFields.readLongs(in);
            float[] nameWeights = BinaryFields.readFloats(in);
            int originals = in.readInt();
            List<ArticleId> ids = new ArrayList<>();
            List<int[]> sigs = new ArrayList<>();
            for (int i = 0; i < originals; i++) {
                ids.add(new ArticleId(in.readUTF()));
                int[] sig = new int[in.readInt()];
                for (int k = 0; k < sig.length; k++) {
                    sig[k] = in.readInt();
                }
                sigs.add(sig);
            }
            stories.add(new StoryRecord(seq, id, first, last, lastActive, articles, centroid, termKeys, termWeights,
                    nameKeys, nameWeights, ids, sigs, BinaryFields.readLongs(in)));
        }
        int dimension = in.readInt();
        int indexSize = in.readInt();
        List<IndexEntry> index = new ArrayList<>();
        for (int i = 0; i < indexSize; i++) {
            index.add(new IndexEntry(in.readLong(), BinaryFields.readFloats(in)));
        }
        int keys = in.readInt();
        Map<Long, long[]> blocking = new TreeMap<>();
        for (int i = 0; i < keys; i++) {
            blocking.put(in.readLong(), BinaryFields.readLongs(in));
        }
        return new TrackerState(clock, seen, nextSeq, bits, documents, stats, stories, dimension, index, blocking);
    }

    /**
     * Counters as gaps between non-zero slots and their values, both as variable-length integers: a
     * young stream's few counts take a few bytes, a full table about a byte a slot.
     */
    private static void writeCounts(DataOutput out, int[] row) throws IOException {
        int nonZero = 0;
        for (int c : row) {
            if (c != 0) {
                nonZero++;
            }
        }
        out.writeInt(nonZero);
        int last = -1;
        for (int i = 0; i < row.length; i++) {
            if (row[i] != 0) {
                writeVarint(out, i - last);
                writeVarint(out, row[i]);
                last = i;
            }
        }
    }

    private static void readCounts(DataInput in, int[] row) throws IOException {
        int nonZero = in.readInt();
        int at = -1;
        for (int i = 0; i < nonZero; i++) {
            at += readVarint(in);
            if (at < 0 || at >= row.length) {
                throw new IOException("statistics slot out of range: " + at);
            }
            row[at] = readVarint(in);
        }
    }

    private static void writeVarint(DataOutput out, int v) throws IOException {
        while ((v & ~0x7f) != 0) {
            out.writeByte((v & 0x7f) | 0x80);
            v >>>= 7;
        }
        out.writeByte(v);
    }

    private static int readVarint(DataInput in) throws IOException {
        int v = 0;
        for (int shift = 0; shift < 32; shift += 7) {
            int b = in.readUnsignedByte();
            v |= (b & 0x7f) << shift;
            if ((b & 0x80) == 0) {
                return v;
            }
        }
        throw new IOException("malformed counter");
    }
}
