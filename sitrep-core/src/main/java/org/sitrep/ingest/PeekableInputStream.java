package org.sitrep.ingest;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * An input stream whose first bytes can be looked at before they are read, for recognising a
 * format. Unlike {@code BufferedInputStream} with mark/reset, a read failure (a cut-off gzip
 * stream) never swallows bytes already obtained: a failure met while peeking is held back until the
 * peeked bytes have been read, and a read never mixes peeked bytes with a fresh read of the
 * underlying stream. Not thread-safe.
 */
final class PeekableInputStream extends FilterInputStream {

    private byte[] peeked = new byte[0];
    private int pos;
    private IOException deferred;

    PeekableInputStream(InputStream in) {
        super(in);
    }

    /**
     * Up to {@code n} first bytes of what is not yet read, without consuming them; fewer at the end
     * of the stream or when the stream fails (the failure comes with a later read).
     */
    byte[] peek(int n) {
        if (peeked.length - pos < n && deferred == null) {
            byte[] more = Arrays.copyOf(Arrays.copyOfRange(peeked, pos, peeked.length), n);
            int size = peeked.length - pos;
            try {
                while (size < n) {
                    int r = in.read(more, size, n - size);
                    if (r < 0) {
                        break;
                    }
                    size += r;
                }
            } catch (IOException e) {
                deferred = e;
            }
            peeked = Arrays.copyOf(more, size);
            pos = 0;
        }
        return Arrays.copyOfRange(peeked, pos, Math.min(peeked.length, pos + n));
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int r = read(one, 0, 1);
        return r < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        if (pos < peeked.length) {
            int n = Math.min(len, peeked.length - pos);
            System.arraycopy(peeked, pos, b, off, n);
            pos += n;
            return n;
        }
        if (deferred != null) {
            IOException e = deferred;
            deferred = null;
            throw e;
        }
        return in.read(b, off, len);
    }

    @Override
    public long skip(long n) throws IOException {
        if (pos < peeked.length) {
            int k = (int) Math.min(n, peeked.length - pos);
            pos += k;
            return k;
        }
        return in.skip(n);
    }

    @Override
    public int available() throws IOException {
        return pos < peeked.length ? peeked.length - pos : in.available();
    }

    @Override
    public boolean markSupported() {
        return false;
    }
}
