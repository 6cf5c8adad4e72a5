package org.sitrep.cluster;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.time.LocalDate;

/**
 * The fields the clustering's binary forms ({@link TrackerState}, {@link ArticleSketch#toBytes}) are
 * written in: a day as its epoch day (or a marker for none), and arrays of floats, longs or ints after
 * their length (floats may be null). Stateless.
 */
final class BinaryFields {

    private static final long NO_DATE = Long.MIN_VALUE;

    private BinaryFields() {
    }

    static void writeDate(DataOutput out, LocalDate d) throws IOException {
        out.writeLong(d == null ? NO_DATE : d.toEpochDay());
    }

    static LocalDate readDate(DataInput in) throws IOException {
        long v = in.readLong();
        return v == NO_DATE ? null : LocalDate.ofEpochDay(v);
    }

    static void writeFloats(DataOutput out, float[] v) throws IOException {
        out.writeInt(v == null ? -1 : v.length);
        if (v != null) {
            for (float x : v) {
                out.writeFloat(x);
            }
        }
    }

    static float[] readFloats(DataInput in) throws IOException {
        int n = in.readInt();
        if (n < 0) {
            return null;
        }
        float[] v = new float[n];
        for (int i = 0; i < n; i++) {
            v[i] = in.readFloat();
        }
        return v;
    }

    static void writeLongs(DataOutput out, long[] v) throws IOException {
        out.writeInt(v.length);
        for (long x : v) {
            out.writeLong(x);
        }
    }

    static long[] readLongs(DataInput in) throws IOException {
        int n = in.readInt();
        if (n < 0) {
            throw new IOException("negative length");
        }
        long[] v = new long[n];
        for (int i = 0; i < n; i++) {
            v[i] = in.readLong();
        }
        return v;
    }

    static void writeInts(DataOutput out, int[] v) throws IOException {
        out.writeInt(v.length);
        for (int x : v) {
            out.writeInt(x);
        }
    }

    static int[] readInts(DataInput in) throws IOException {
        int n = in.readInt();
        if (n < 0) {
            throw new IOException("negative length");
        }
        int[] v = new int[n];
        for (int i = 0; i < n; i++) {
            v[i] = in.readInt();
        }
        return v;
    }
}
