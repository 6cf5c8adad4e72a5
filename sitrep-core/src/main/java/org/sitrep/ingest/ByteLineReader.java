package org.sitrep.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a byte stream into lines without decoding it and without ever holding more than one line
 * (up to a limit) in memory, so a multi-gigabyte JSON Lines file streams. A line longer than the
 * limit is consumed and reported by its length only. Not thread-safe.
 */
final class ByteLineReader {

    private static final int CHUNK = 64 * 1024;

    /** One line: its bytes without the line terminator, or only its length when it was over the limit. */
    record Line(int number, byte[] bytes, long length) {
        boolean tooLong() {
            return bytes == null;
        }
    }

    private final InputStream in;
    private final long maxLineBytes;
    private final byte[] buffer = new byte[CHUNK];
    private int pos;
    private int limit;
    private int lineNumber;
    private boolean eof;

    ByteLineReader(InputStream in, long maxLineBytes) {
        this.in = in;
        this.maxLineBytes = maxLineBytes;
    }

    /** The next line, or null at the end of the stream. A final line without a terminator counts. */
    Line next() throws IOException {
        if (eof && pos >= limit) {
            return null;
        }
        byte[] line = new byte[256];
        int size = 0;
        long length = 0;
        boolean keep = true;
        boolean sawAny = false;
        while (true) {
            if (pos >= limit) {
                limit = in.read(buffer, 0, buffer.length);
                pos = 0;
                if (limit <= 0) {
                    limit = 0;
                    eof = true;
                    if (!sawAny) {
                        return null;
                    }
                    break;
                }
            }
            sawAny = true;
            int start = pos;
            int nl = -1;
            for (int i = pos; i < limit; i++) {
                if (buffer[i] == '\n') {
                    nl = i;
                    break;
                }
            }
            int end = nl < 0 ? limit : nl;
            int n = end - start;
            length += n;
            if (keep && length > maxLineBytes) {
                keep = false;
                line = null;
            }
            if (keep) {
                if (size + n > line.length) {
                    line = Arrays.copyOf(line, Math.max(line.length * 2, size + n));
                }
                System.arraycopy(buffer, start, line, size, n);
                size += n;
            }
            pos = nl < 0 ? limit : nl + 1;
            if (nl >= 0) {
                break;
            }
        }
        lineNumber++;
        if (!keep) {
            return new Line(lineNumber, null, length);
        }
        if (size > 0 && line[size - 1] == '\r') {
            size--;
        }
        return new Line(lineNumber, Arrays.copyOf(line, size), size);
    }
}
