package org.sitrep.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.sitrep.ingest.DeclaredMetadata;
import org.sitrep.ingest.DocumentFormat;
import org.sitrep.ingest.EncodingSniffer;
import org.sitrep.ingest.RawDocument;
import org.sitrep.model.ArticleId;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.DateRange;

/**
 * The standard extraction stage: decodes a document's bytes (byte order mark, declared charset,
 * {@code <meta charset>}, UTF-8, else windows-1252), takes the body out of an already-scraped text
 * or an HTML page, removes boilerplate with the same line rules for both, and chooses the
 * metadata (title, published and updated dates, author, publisher, language) from what the
 * container declared, what the markup states and what the text says, recording the evidence for
 * each value. A text whose last paragraph stops mid-sentence or that shows a paywall notice is
 * marked truncated.
 *
 * <pre>{@code
 * ArticleExtractor extractor = new StandardArticleExtractor(ExtractionConfig.defaults());
 * Article article = extractor.apply(document);
 * }</pre>
 *
 * <p>Throws {@link ExtractionException} with a reason a user can act on when a document holds no
 * article: empty, binary, or nothing left once boilerplate is removed. Pure and thread-safe: one
 * instance serves any number of threads. Cost is linear in the document's size for text; for HTML
 * it is dominated by parsing.
 */
public final class StandardArticleExtractor implements ArticleExtractor {

    private static final String PARAGRAPH_BREAK = "\n\n";

    private final ExtractionConfig config;
    private final TextArticleExtractor text;
    private final HtmlArticleExtractor html;
    private final LanguageGuesser languages;

    public StandardArticleExtractor(ExtractionConfig config) {
        this.config = Objects.requireNonNull(config, "config");
        BoilerplateRemover remover = new BoilerplateRemover(config);
        this.text = new TextArticleExtractor(remover);
        this.html = new HtmlArticleExtractor(config, remover);
        this.languages = new LanguageGuesser(config);
    }

    @Override
    public Article apply(RawDocument document) {
        byte[] bytes = document.content();
        if (EncodingSniffer.isBlank(bytes)) {
            throw new ExtractionException("empty document: no text to extract");
        }
        if (EncodingSniffer.looksBinary(bytes)) {
            throw new ExtractionException("binary content (NUL or control bytes), not text");
        }
        TextDecoder.Decoded decoded = TextDecoder.decode(bytes, document.declaredCharset(), document.format());
        DeclaredMetadata declared = document.declared();
        List<MetadataSignal> signals = new ArrayList<>(declaredSignals(declared));
        CleanBody body;
        if (document.format() == DocumentFormat.HTML) {
            String url = declared.url() != null ? declared.url() : document.origin().url();
            HtmlArticleExtractor.Result result = html.extract(decoded.text(), url, declared.title());
            signals.addAll(result.signals());
            body = result.body();
        } else {
            body = text.extract(decoded.text(), declared.title());
            if (body.title() != null) {
                signals.add(MetadataSignal.text(MetadataSignal.TITLE, body.title(), SignalRank.TEXT,
                        "first line of the text"));
            }
        }
        signals.addAll(body.signals());
        String articleText = body.kept().stream().map(Block::text).collect(Collectors.joining(PARAGRAPH_BREAK));
        if (articleText.strip().length() < config.minTextChars()) {
            throw new ExtractionException("no article text found after removing boilerplate ("
                    + body.removed().size() + " lines or blocks removed)");
        }
        String language = languages.guess(articleText);
        if (language != null) {
            signals.add(MetadataSignal.text(MetadataSignal.LANGUAGE, language, SignalRank.TEXT_WEAK,
                    "stopword guess from the text"));
        }
        MetadataResolver.Resolved meta = MetadataResolver.resolve(signals);
        List<MetadataEvidence> evidence = new ArrayList<>(meta.evidence());
        var truncation = TruncationDetector.reason(articleText, body.paywall());
        truncation.ifPresent(reason -> evidence.add(new MetadataEvidence("truncated", "true", reason)));
        evidence.add(new MetadataEvidence("charset", decoded.charset(), decoded.basis()));
        return new Article(ArticleId.of(document.origin().source(), articleText), document.origin(), meta.title(),
                meta.published(), meta.updated(), meta.author(), meta.publisher(), meta.language(), articleText,
                capped(body.removed()), evidence, truncation.isPresent());
    }

    /**
     * The day a container's declared published value names, read as extraction reads it (ISO dates and
     * date-times, compact and epoch forms, written dates such as "Tue, 18 Feb 2020 10:00:00 GMT");
     * empty when it names no single day or is null.
     */
    public static Optional<LocalDate> declaredDay(String published) {
        return published == null ? Optional.empty()
                : DateParser.parseValue(published).filter(d -> d.precision() == DatePrecision.DAY).map(DateRange::first);
    }

    /** The signals a container's declared metadata gives; a date that does not parse gives none. */
    private static List<MetadataSignal> declaredSignals(DeclaredMetadata d) {
        List<MetadataSignal> out = new ArrayList<>();
        if (d.title() != null && !d.title().isBlank()) {
            out.add(MetadataSignal.text(MetadataSignal.TITLE, d.title().strip(), SignalRank.DECLARED, "declared title"));
        }
        if (d.published() != null) {
            DateParser.parseValue(d.published()).ifPresent(date -> out.add(MetadataSignal.date(MetadataSignal.PUBLISHED,
                    date, SignalRank.DECLARED, "declared published '" + d.published().strip() + "'")));
        }
        if (d.captured() != null) {
            DateParser.parseValue(d.captured()).filter(date -> date.precision() == DatePrecision.DAY)
                    .ifPresent(date -> out.add(MetadataSignal.date(MetadataSignal.CAPTURED, date, SignalRank.DECLARED,
                            "declared capture time '" + d.captured().strip() + "'")));
        }
        if (d.author() != null && !d.author().isBlank()) {
            out.add(MetadataSignal.text(MetadataSignal.AUTHOR, d.author().strip(), SignalRank.DECLARED,
                    "declared author"));
        }
        if (d.publisher() != null && !d.publisher().isBlank()) {
            out.add(MetadataSignal.text(MetadataSignal.PUBLISHER, d.publisher().strip(), SignalRank.DECLARED,
                    "declared publisher"));
        }
        String language = languageCode(d.language());
        if (language != null) {
            out.add(MetadataSignal.text(MetadataSignal.LANGUAGE, language, SignalRank.DECLARED,
                    "declared language '" + d.language().strip() + "'"));
        }
        return out;
    }

    /** The primary subtag of a language tag, lower-cased ("en-US" gives "en"); null when there is none. */
    static String languageCode(String tag) {
        if (tag == null) {
            return null;
        }
        String primary = tag.strip().split("[-_,;\\s]", 2)[0].toLowerCase(Locale.ROOT);
        return primary.matches("[a-z]{2,3}") ? primary : null;
    }

    /** The removed blocks, at most {@link ExtractionConfig#maxRemovedBlocks()}, each cut to its size limit. */
    private List<RemovedBlock> capped(List<RemovedBlock> removed) {
        List<RemovedBlock> out = new ArrayList<>();
        for (RemovedBlock r : removed) {
            if (out.size() == config.maxRemovedBlocks() - 1 && removed.size() > config.maxRemovedBlocks()) {
                out.add(new RemovedBlock("(" + (removed.size() - out.size()) + " more removed blocks not listed)",
                        "limit of " + config.maxRemovedBlocks() + " recorded blocks"));
                break;
            }
            String t = r.text();
            if (t.length() > config.maxRemovedBlockChars()) {
                t = t.substring(0, config.maxRemovedBlockChars()) + "\u2026";
            }
            out.add(t.equals(r.text()) ? r : new RemovedBlock(t, r.reason()));
        }
        return out;
    }
}
