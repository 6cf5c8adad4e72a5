package org.sitrep.ingest;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Looks at the first bytes of a document to tell what it is and how it is encoded: a byte order
 * mark, an HTML {@code <meta charset>} declaration, whether the bytes are valid UTF-8, and whether
 * they look like binary data rather than text.
 *
 * <p>Ingest uses it to report bad input; extraction uses it to decode. Stateless and thread-safe;
 * every method reads at most {@link #SNIFF_BYTES} bytes except {@link #isValidUtf8}, which reads
 * the whole array once.
 */
public final class EncodingSniffer {

    /** How many leading bytes the sniffing methods look at: enough for a page head, cheap for any file. */
    public static final int SNIFF_BYTES = 8192;

    /**
     * Share of control characters (other than tab, line feed, carriage return, form feed and
     * escape) above which content is taken for binary. Real text has almost none; a few stray ones
     * in scraped text must not lose the document, so the bar is well above zero.
     */
    public static final double MAX_CONTROL_SHARE = 0.05;

    // the WHATWG prescan looks at the first 1024 bytes; pages with a long head comment put it later
    private static final int META_PRESCAN_BYTES = 4096;

    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:\\-]+)", Pattern.CASE_INSENSITIVE);

    private EncodingSniffer() {
    }

    /** The charset named by a byte order mark at the start of {@code bytes}, if any. */
    public static Optional<String> byteOrderMark(byte[] bytes) {
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) {
            return Optional.of("UTF-8");
        }
        if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xFE && (bytes[1] & 0xff) == 0xFF) {
            return Optional.of("UTF-16BE");
        }
        if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xFE) {
            return Optional.of("UTF-16LE");
        }
        return Optional.empty();
    }

    /** Length in bytes of the byte order mark at the start of {@code bytes}; 0 when there is none. */
    public static int byteOrderMarkLength(byte[] bytes) {
        return byteOrderMark(bytes).map(cs -> cs.equals("UTF-8") ? 3 : 2).orElse(0);
    }

    /**
     * The charset an HTML page declares in a {@code <meta charset>} or {@code <meta http-equiv>}
     * tag near its start, lower-cased, if any.
     */
    public static Optional<String> htmlMetaCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, META_PRESCAN_BYTES), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        return m.find() ? Optional.of(m.group(1).toLowerCase(Locale.ROOT)) : Optional.empty();
    }

    /**
     * True when the whole array decodes as UTF-8 without a malformed or unmappable sequence: every
     * byte sequence is one of the well-formed forms of the Unicode standard (table 3-7), so no
     * overlong form, no surrogate and nothing above U+10FFFF, exactly what a reporting UTF-8
     * decoder accepts. One pass over the bytes without decoding them (this runs on every document).
     */
    public static boolean isValidUtf8(byte[] bytes) {
        int i = 0;
        while (i < bytes.length) {
            if (bytes[i] >= 0) {
                i++;
                continue;
            }
            int length = utf8SequenceLength(bytes, i);
            if (length == 0) {
                return false;
            }
            i += length;
        }
        return true;
    }

    /** The length of the well-formed multi-byte UTF-8 sequence that starts at {@code i}, or 0 when there is none. */
    private static int utf8SequenceLength(byte[] bytes, int i) {
        int lead = bytes[i] & 0xFF;
        int trailing;
        // the range of the second byte, narrower than 80..BF after E0, ED, F0 and F4 (table 3-7)
        int low = 0x80;
        int high = 0xBF;
        if (lead >= 0xC2 && lead <= 0xDF) {
            trailing = 1;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            trailing = 2;
            low = lead == 0xE0 ? 0xA0 : low;
            high = lead == 0xED ? 0x9F : high;
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            trailing = 3;
            low = lead == 0xF0 ? 0x90 : low;
            high = lead == 0xF4 ? 0x8F : high;
        } else {
            return 0;
        }
        if (i + trailing >= bytes.length) {
            return 0;
        }
        int second = bytes[i + 1] & 0xFF;
        if (second < low || second > high) {
            return 0;
        }
        for (int k = 2; k <= trailing; k++) {
            int b = bytes[i + k] & 0xFF;
            if (b < 0x80 || b > 0xBF) {
                return 0;
            }
        }
        return trailing + 1;
    }

    /**
     * True when the start of {@code bytes} looks like binary data: a NUL byte, or more than
     * {@link #MAX_CONTROL_SHARE} control characters. UTF-16 text with a byte order mark is text.
     */
    public static boolean looksBinary(byte[] bytes) {
        if (byteOrderMark(bytes).filter(cs -> cs.startsWith("UTF-16")).isPresent()) {
            return false;
        }
        int n = Math.min(bytes.length, SNIFF_BYTES);
        if (n == 0) {
            return false;
        }
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xff;
            if (b == 0) {
                return true;
            }
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1b) {
                control++;
            }
        }
        return control > n * MAX_CONTROL_SHARE;
    }

    /** True when every byte is ASCII whitespace (or there are none): nothing to read. */
    public static boolean isBlank(byte[] bytes) {
        int start = byteOrderMarkLength(bytes);
        for (int i = start; i < bytes.length; i++) {
            int b = bytes[i] & 0xff;
            if (b != ' ' && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x0b) {
                return false;
            }
        }
        return true;
    }

    /** True when {@code bytes} starts with the gzip magic number. */
    public static boolean isGzip(byte[] bytes) {
        return bytes.length >= 2 && (bytes[0] & 0xff) == 0x1f && (bytes[1] & 0xff) == 0x8b;
    }
}
