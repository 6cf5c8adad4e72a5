package org.sitrep.eval.extract;

import java.time.LocalDate;
import java.util.Objects;
import org.sitrep.extract.Article;
import org.sitrep.extract.ArticleExtractor;
import org.sitrep.extract.ExtractionException;
import org.sitrep.ingest.DeclaredMetadata;
import org.sitrep.ingest.DocumentFormat;
import org.sitrep.ingest.Origin;
import org.sitrep.ingest.RawDocument;
import org.sitrep.model.DatePrecision;

/**
 * Sitrep's extraction stage as an evaluated extractor: each page goes in as an HTML document with
 * its URL, exactly as {@code sitrep extract} would read a saved page, and the article's text,
 * title, author and publication day come out. A page the stage rejects (no article found) scores
 * as an empty text. Thread-safe when the wrapped extractor is.
 */
public final class SitrepPageExtractor implements PageExtractor {

    private final ArticleExtractor extractor;

    public SitrepPageExtractor(ArticleExtractor extractor) {
        this.extractor = Objects.requireNonNull(extractor, "extractor");
    }

    @Override
    public String name() {
        return "Sitrep";
    }

    @Override
    public Extraction extract(BenchPage page) {
        RawDocument doc = new RawDocument(new Origin(page.id(), null, null, page.url()), DocumentFormat.HTML,
                page.html(), null, new DeclaredMetadata(null, page.url(), null, null, null, null));
        Article a;
        try {
            a = extractor.apply(doc);
        } catch (ExtractionException e) {
            return Extraction.FAILED;
        }
        LocalDate day = null;
        boolean coarse = false;
        if (a.published() != null) {
            if (a.published().precision() == DatePrecision.DAY) {
                day = a.published().first();
            } else {
                coarse = true;
            }
        }
        return new Extraction(a.text(), a.title(), a.author(), day, coarse);
    }
}
