package org.sitrep.extract;

import java.util.List;
import java.util.Objects;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Extracts the body and metadata of an HTML page: parses it with jsoup, reads the markup's
 * metadata ({@link HtmlMetadataReader}, {@link JsonLdReader}), chooses the main content
 * ({@link MainContentFinder}) and then applies the same line rules as for text
 * ({@link BoilerplateRemover}), which also take out the headline when the content repeats it.
 * Thread-safe; cost is dominated by parsing, linear in the page size.
 */
final class HtmlArticleExtractor {

    /** The cleaned body and the metadata signals the markup gave. */
    record Result(CleanBody body, List<MetadataSignal> signals) {

        Result {
            signals = List.copyOf(signals);
        }
    }

    private final MainContentFinder finder;
    private final BoilerplateRemover remover;

    HtmlArticleExtractor(ExtractionConfig config, BoilerplateRemover remover) {
        this.finder = new MainContentFinder(config.html());
        this.remover = Objects.requireNonNull(remover, "remover");
    }

    /**
     * Extracts {@code html}.
     *
     * @param url where the page came from, or null; used for the date in its path and its site name
     */
    Result extract(String html, String url) {
        Document doc = Jsoup.parse(html, url == null ? "" : url);
        JsonLdReader.JsonLdArticle ld = JsonLdReader.read(doc);
        List<MetadataSignal> signals = HtmlMetadataReader.read(doc, ld, url);
        List<String> titles = signals.stream().filter(s -> s.field().equals(MetadataSignal.TITLE))
                .map(MetadataSignal::value).distinct().toList();
        Element root = doc.body() != null ? doc.body() : doc;
        List<Block> blocks = finder.find(root, ld.articleBody());
        return new Result(remover.clean(blocks, titles, false), signals);
    }
}
