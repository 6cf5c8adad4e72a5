/**
 * The ingest stage: from files, directories, standard input, JSON Lines and WARC files to
 * {@link org.sitrep.ingest.RawDocument}s, with one {@link org.sitrep.pipeline.Problem} per bad input.
 *
 * <p>{@link org.sitrep.ingest.InputReader} is the way in. It walks the inputs in order (directories
 * sorted by name, symbolic-link loops read once), recognises each file's type from its name or,
 * failing that, its first bytes ({@code FileType}), and hands the bytes to the reader for that
 * container: whole files ({@code IngestRun#offer}), JSON Lines streamed line by line
 * ({@code JsonLinesReader}, {@code JsonArticleFields}), WARC streamed record by record with jwarc
 * ({@code WarcDocumentReader}). Every document passes the same checks (empty, binary, too large,
 * not UTF-8) in {@code IngestRun}. {@link org.sitrep.ingest.EncodingSniffer} is shared with
 * extraction, which decodes the bytes.
 */
package org.sitrep.ingest;
