package org.sitrep.bench;

import de.l3s.boilerpipe.BoilerpipeProcessingException;
import de.l3s.boilerpipe.extractors.ArticleExtractor;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import net.dankito.readability4j.Readability4J;
import org.jsoup.Jsoup;
import org.sitrep.eval.extract.BenchPage;
import org.sitrep.eval.extract.Extraction;
import org.sitrep.eval.extract.PageExtractor;

/**
 * The peers Sitrep's extraction is measured against, as {@link PageExtractor}s: Readability4J
 * (a port of Mozilla's Readability.js; text, title and byline) and boilerpipe's
 * {@code ArticleExtractor} (text only). Both take a decoded HTML string; pages are decoded once,
 * before timing starts, with jsoup's charset detection (BOM, {@code <meta charset>}, else UTF-8),
 * so the peers' times leave out the decoding that Sitrep's include. Not thread-safe.
 */
final class PeerExtractors {

    private final Map<BenchPage, String> decoded = new IdentityHashMap<>();

    /** Decodes every page up front so that decoding is not timed for the peers. */
    PeerExtractors(List<BenchPage> pages) {
        for (BenchPage p : pages) {
            try {
                decoded.put(p, Jsoup.parse(new ByteArrayInputStream(p.html()), null, p.url() == null ? "" : p.url())
                        .outerHtml());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    PageExtractor readability() {
        return new PageExtractor() {
            @Override
            public String name() {
                return "Readability4J 1.0.8";
            }

            @Override
            public Extraction extract(BenchPage page) {
                net.dankito.readability4j.Article a = new Readability4J(page.url() == null ? "" : page.url(),
                        decoded.get(page)).parse();
                String text = a.getTextContent();
                if (text == null) {
                    return Extraction.FAILED;
                }
                return new Extraction(text, a.getTitle(), a.getByline(), null, false);
            }
        };
    }

    PageExtractor boilerpipe() {
        return new PageExtractor() {
            @Override
            public String name() {
                return "boilerpipe 1.1.0 ArticleExtractor";
            }

            @Override
            public Extraction extract(BenchPage page) {
                try {
                    return Extraction.textOnly(ArticleExtractor.INSTANCE.getText(decoded.get(page)));
                } catch (BoilerpipeProcessingException e) {
                    return Extraction.FAILED;
                }
            }
        };
    }
}
