package org.sitrep.ingest;

/**
 * Metadata a container states about a document, as raw strings, before extraction weighs it against
 * what the document itself says: JSON Lines keys ({@code title}, {@code url}, {@code date} /
 * {@code published}, {@code author}, {@code publisher} / {@code source}) or WARC and HTTP headers.
 * Any field may be null.
 */
public record DeclaredMetadata(String title, String url, String published, String author, String publisher,
        String language) {

    public static final DeclaredMetadata NONE = new DeclaredMetadata(null, null, null, null, null, null);

    /** True when no field is set. */
    public boolean isEmpty() {
        return title == null && url == null && published == null && author == null && publisher == null
                && language == null;
    }
}
