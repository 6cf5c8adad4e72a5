package org.sitrep.ingest;

/**
 * Metadata a container states about a document, as raw strings, before extraction weighs it against
 * what the document itself says: JSON Lines keys ({@code title}, {@code url}, {@code date} /
 * {@code published}, {@code author}, {@code publisher} / {@code source}, {@code crawled} /
 * {@code date_download}) or WARC and HTTP headers. Any field may be null.
 *
 * @param captured when the document was fetched (a WARC record's {@code WARC-Date}, a crawl dump's
 *     download time): not a publication date, but the latest day the article can have been published
 */
public record DeclaredMetadata(String title, String url, String published, String author, String publisher,
        String language, String captured) {

    public static final DeclaredMetadata NONE = new DeclaredMetadata(null, null, null, null, null, null, null);

    /** Metadata without a capture time. */
    public DeclaredMetadata(String title, String url, String published, String author, String publisher,
            String language) {
        this(title, url, published, author, publisher, language, null);
    }

    /** True when no field is set. */
    public boolean isEmpty() {
        return title == null && url == null && published == null && author == null && publisher == null
                && language == null && captured == null;
    }
}
