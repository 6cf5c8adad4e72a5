package org.sitrep.flink;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.DateRange;

/**
 * The fields the job's byte codecs ({@link RecordCodec}, {@link StoryFiguresCodec}) are written in: a
 * string of any length, null allowed (as its UTF-8 bytes after their count, since {@code writeUTF}
 * stops at 64 KB and an article's text or a long explanation can be longer); a byte block checked
 * against truncation; a date range, null allowed, as its first and last day and precision. Stateless.
 */
final class CodecFields {

    private CodecFields() {
    }

    static void string(DataOutputStream out, String s) throws IOException {
        if (s == null) {
            out.writeInt(-1);
        } else {
            bytes(out, s.getBytes(StandardCharsets.UTF_8));
        }
    }

    static String string(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0) {
            return null;
        }
        return new String(in.readNBytes(n), StandardCharsets.UTF_8);
    }

    static void bytes(DataOutputStream out, byte[] b) throws IOException {
        out.writeInt(b.length);
        out.write(b);
    }

    static byte[] bytes(DataInputStream in) throws IOException {
        int n = in.readInt();
        byte[] b = in.readNBytes(n);
        if (b.length != n) {
            throw new IOException("truncated record: " + b.length + " of " + n + " bytes");
        }
        return b;
    }

    static void date(DataOutputStream out, DateRange d) throws IOException {
        out.writeBoolean(d != null);
        if (d != null) {
            out.writeUTF(d.first().toString());
            out.writeUTF(d.last().toString());
            out.writeUTF(d.precision().name());
        }
    }

    static DateRange date(DataInputStream in) throws IOException {
        if (!in.readBoolean()) {
            return null;
        }
        return new DateRange(LocalDate.parse(in.readUTF()), LocalDate.parse(in.readUTF()),
                DatePrecision.valueOf(in.readUTF()));
    }
}
