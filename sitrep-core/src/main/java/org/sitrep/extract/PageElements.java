package org.sitrep.extract;

import java.util.List;
import java.util.Objects;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Every element of a parsed page in document order, listed once, and the elements among them that
 * a selector matches. {@code Document.select} walks the whole tree for each query; the metadata
 * readers ask about ten, so they ask here and the tree is walked once. Gives what
 * {@code Document.select} gives (the page itself and every element under it, in document order)
 * for selectors that look at one element at a time: tags, attributes and lists of them joined by
 * commas ({@link #selector}). A selector that looks at an element's ancestors or siblings
 * ({@code article h1}, {@code :not(...)}) keeps a state per walk in jsoup; ask
 * {@link #document()} for those. Not thread-safe (one per page); the selectors are immutable and
 * shared.
 */
final class PageElements {

    private final Document document;
    private final List<Element> all;

    PageElements(Document document) {
        this.document = Objects.requireNonNull(document, "document");
        this.all = document.getAllElements();
    }

    /**
     * A selector for {@link #select}, compiled once: it must look at one element at a time (no
     * combinators, no structural pseudo-selectors).
     */
    static Evaluator selector(String query) {
        return QueryParser.parse(query);
    }

    Document document() {
        return document;
    }

    /** The page and every element under it, in document order. */
    List<Element> all() {
        return all;
    }

    /** The elements {@code selector} matches, in document order. */
    Elements select(Evaluator selector) {
        Elements out = new Elements();
        for (Element e : all) {
            if (selector.matches(document, e)) {
                out.add(e);
            }
        }
        return out;
    }
}
