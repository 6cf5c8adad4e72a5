package org.sitrep.ingest;

import java.util.Objects;

/**
 * One input document as ingest found it: the bytes, where they came from, how to read them, the
 * charset the container declared (may be null), and the metadata the container declared.
 *
 * <p>Immutable: the byte array is copied on the way in and on the way out.
 */
public record RawDocument(Origin origin, DocumentFormat format, byte[] content, String declaredCharset,
        DeclaredMetadata declared) {

    public RawDocument {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(content, "content");
        content = content.clone();
        declared = declared == null ? DeclaredMetadata.NONE : declared;
    }

    @Override
    public byte[] content() {
        return content.clone();
    }

    /** Size of the content in bytes, without copying it. */
    public int size() {
        return content.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RawDocument r && origin.equals(r.origin) && format == r.format
                && java.util.Arrays.equals(content, r.content) && Objects.equals(declaredCharset, r.declaredCharset)
                && declared.equals(r.declared);
    }

    @Override
    public int hashCode() {
        return Objects.hash(origin, format, java.util.Arrays.hashCode(content), declaredCharset, declared);
    }

    @Override
    public String toString() {
        return "RawDocument[" + origin.location() + ", " + format + ", " + content.length + " bytes]";
    }
}
