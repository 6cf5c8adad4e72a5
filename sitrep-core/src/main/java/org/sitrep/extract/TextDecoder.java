package org.sitrep.extract;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.sitrep.ingest.DocumentFormat;
import org.sitrep.ingest.EncodingSniffer;

/**
 * Turns a document's bytes into text, choosing the charset much as browsers do: a byte order mark;
 * then UTF-8 when the bytes are valid UTF-8 with non-ASCII characters in them (text in a one-byte
 * charset is practically never valid UTF-8 by accident, while stale charset labels are common);
 * then the charset the container declared, then (for HTML) a {@code <meta charset>}, then UTF-8 if
 * the bytes are valid UTF-8, else windows-1252. A declared UTF-8 that the bytes contradict is not
 * trusted; Latin-1 and ASCII labels are read as windows-1252, their superset. Stateless and
 * thread-safe; one pass over the bytes.
 */
final class TextDecoder {

    /** The text and which charset was used, on what basis. */
    record Decoded(String text, String charset, String basis) {
    }

    static final String FALLBACK = "windows-1252";
    private static final Set<String> WINDOWS_1252_LABELS = Set.of("iso-8859-1", "iso8859-1", "latin1", "latin-1",
            "us-ascii", "ascii", "l1", "cp1252", "windows-1252", "x-cp1252");

    private TextDecoder() {
    }

    static Decoded decode(byte[] bytes, String declaredCharset, DocumentFormat format) {
        Optional<String> bom = EncodingSniffer.byteOrderMark(bytes);
        if (bom.isPresent()) {
            byte[] rest = Arrays.copyOfRange(bytes, EncodingSniffer.byteOrderMarkLength(bytes), bytes.length);
            return new Decoded(new String(rest, Charset.forName(bom.get())), bom.get(), "byte order mark");
        }
        boolean validUtf8 = EncodingSniffer.isValidUtf8(bytes);
        if (validUtf8 && hasMultiByte(bytes)) {
            // text in a single-byte charset is almost never valid UTF-8 by accident; a label saying otherwise is stale
            return new Decoded(new String(bytes, StandardCharsets.UTF_8), "UTF-8", "valid UTF-8");
        }
        Optional<Decoded> declared = usable(declaredCharset, validUtf8)
                .map(cs -> new Decoded(new String(bytes, cs), cs.name(), "declared by the container"));
        if (declared.isPresent()) {
            return declared.get();
        }
        if (format == DocumentFormat.HTML) {
            Optional<Decoded> meta = EncodingSniffer.htmlMetaCharset(bytes).flatMap(name -> usable(name, validUtf8))
                    .map(cs -> new Decoded(new String(bytes, cs), cs.name(), "<meta charset>"));
            if (meta.isPresent()) {
                return meta.get();
            }
        }
        if (validUtf8) {
            return new Decoded(new String(bytes, StandardCharsets.UTF_8), "UTF-8", "valid UTF-8");
        }
        return new Decoded(new String(bytes, Charset.forName(FALLBACK)), FALLBACK, "not valid UTF-8; fallback");
    }

    private static boolean hasMultiByte(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return true;
            }
        }
        return false;
    }

    private static Optional<Charset> usable(String name, boolean validUtf8) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        String label = name.strip().toLowerCase(Locale.ROOT);
        if (WINDOWS_1252_LABELS.contains(label)) {
            return Optional.of(Charset.forName(FALLBACK));
        }
        try {
            Charset cs = Charset.forName(label);
            if (cs.equals(StandardCharsets.UTF_8) && !validUtf8) {
                return Optional.empty();
            }
            return Optional.of(cs);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return Optional.empty();
        }
    }
}
