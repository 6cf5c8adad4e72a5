package org.sitrep.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Extracts the body and metadata of an HTML page: parses it with jsoup, reads the markup's
 * metadata ({@link HtmlMetadataReader}, {@link JsonLdReader}), chooses the main content
 * ({@link MainContentFinder}), reads bylines and date lines from the header blocks above it, and
 * then applies the same line rules as for text ({@link BoilerplateRemover}), which also take out
 * the headline when the content repeats it. Thread-safe; cost is dominated by parsing, linear in
 * the page size.
 */
final class HtmlArticleExtractor {

    /** The cleaned body and the metadata signals the markup gave. */
    record Result(CleanBody body, List<MetadataSignal> signals) {

        Result {
            signals = List.copyOf(signals);
        }
    }

    /** Removed blocks above the article that may hold its byline and date: the page or article header. */
    private static final Set<String> HEADER_REASONS = Set.of(ClassEvidence.PAGE_HEADER, ClassEvidence.BYLINE,
            MainContentFinder.OUTSIDE);

    /** A kept block with this many words is body text: header blocks after it are not read. */
    private static final int MAX_HEADER_WORDS = 25;

    private final MainContentFinder finder;
    private final BoilerplateRemover remover;
    private final int maxDateLineWords;

    HtmlArticleExtractor(ExtractionConfig config, BoilerplateRemover remover) {
        this.finder = new MainContentFinder(config.html());
        this.remover = Objects.requireNonNull(remover, "remover");
        this.maxDateLineWords = config.maxDateLineWords();
    }

    /**
     * Extracts {@code html}.
     *
     * @param url where the page came from, or null; used for the date in its path and its site name
     * @param declaredTitle the title the container declared, or null; taken out of the body like the
     *     markup's titles
     */
    Result extract(String html, String url, String declaredTitle) {
        Document doc = Jsoup.parse(html, url == null ? "" : url);
        PageElements elements = new PageElements(doc);
        JsonLdReader.JsonLdArticle ld = JsonLdReader.read(elements);
        List<MetadataSignal> signals = new ArrayList<>(HtmlMetadataReader.read(elements, ld, url));
        List<String> titles = new ArrayList<>();
        if (declaredTitle != null && !declaredTitle.isBlank()) {
            titles.add(declaredTitle.strip());
        }
        signals.stream().filter(s -> s.field().equals(MetadataSignal.TITLE)).map(MetadataSignal::value)
                .filter(t -> !titles.contains(t)).forEach(titles::add);
        Element root = doc.body() != null ? doc.body() : doc;
        List<Block> blocks = finder.find(root, ld.articleBody());
        signals.addAll(headerSignals(blocks));
        return new Result(remover.clean(blocks, titles, false), signals);
    }

    /**
     * Bylines and date lines in the header blocks above the article's first kept block: pages put
     * "By NAME | Nov 15, 2025" above the body, outside the element that holds the text, and often
     * below the headline and standfirst. Blocks below the first paragraph of body text (teaser
     * lists, footers) are not read.
     */
    private List<MetadataSignal> headerSignals(List<Block> blocks) {
        List<MetadataSignal> out = new ArrayList<>();
        for (Block b : blocks) {
            if (b.removedReason() == null) {
                // the headline and a standfirst may come before the byline; the first paragraph of body text
                // (a full sentence, or a long block) ends the header
                LineShape shape = LineShape.of(b.text());
                if (b.kind() != BlockKind.HEADING && (shape.wordCount() >= MAX_HEADER_WORDS || shape.endsSentence())) {
                    break;
                }
                continue;
            }
            if (!HEADER_REASONS.contains(b.removedReason())) {
                continue;
            }
            for (String line : b.lines()) {
                LineShape shape = LineShape.of(line);
                List<DateLineReader.DateLine> dates = DateLineReader.read(shape, maxDateLineWords);
                out.addAll(BoilerplateRemover.bylineSignals(shape, dates, " above the article"));
            }
        }
        return out;
    }
}
