/**
 * The extraction stage: from a {@link org.sitrep.ingest.RawDocument} to an
 * {@link org.sitrep.extract.Article} with a clean body and metadata, each value with its evidence.
 *
 * <p>{@link org.sitrep.extract.StandardArticleExtractor} decodes the bytes ({@code TextDecoder}) and
 * dispatches on the format. Text goes to {@code TextArticleExtractor}, which splits it into
 * paragraphs; HTML goes to {@code HtmlArticleExtractor}, which reads the markup's metadata
 * ({@code HtmlMetadataReader}, {@code JsonLdReader}, {@code TitleCleaner}) and chooses the main
 * content ({@code MainContentFinder} over the blocks of {@code HtmlBlockCollector}, weighed with
 * {@code ClassEvidence}). Both then pass their blocks to {@code BoilerplateRemover}, which applies
 * the ordered table {@code BoilerplateRules} line by line, then the context rules (headline,
 * alternate headline, teasers after list headers, captions before credits, repeats, unrelated
 * dated paragraphs), and reads metadata from the lines it removes ({@code DateLineReader},
 * {@code BylineReader}, {@code PublisherReader}, {@code DateParser}).
 *
 * <p>Every piece of metadata evidence is a {@code MetadataSignal} with a {@code SignalRank};
 * {@code MetadataResolver} chooses one value per field and records why in
 * {@link org.sitrep.extract.MetadataEvidence}. {@code LanguageGuesser} and
 * {@code TruncationDetector} add the language and the truncation flag. Every threshold lives in
 * {@link org.sitrep.extract.ExtractionConfig} and {@link org.sitrep.extract.HtmlScoringConfig}.
 */
package org.sitrep.extract;
