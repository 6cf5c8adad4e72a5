package org.sitrep.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.sitrep.model.Span;

/**
 * Writes an article's text as HTML with its cited spans wrapped in {@code <mark>}, each span's first
 * piece carrying the span's anchor id, so a citation link lands on the highlighted words.
 *
 * <p>Spans may nest (a quote inside a cited sentence) or cross (two citations that overlap without
 * either containing the other). Marks must nest, so where a span crosses the end of another that is
 * still open, the open one is closed and reopened after it as a continuation piece without an id.
 * An empty span becomes an empty mark that still works as a link target. Spans that do not fit the
 * text are left out.
 *
 * <p>Stateless and thread-safe; linear in the text plus the spans times the nesting depth.
 */
final class MarkedText {

    private MarkedText() {
    }

    /** Appends {@code text}, escaped, with {@code marks} (span to anchor id) highlighted. */
    static void write(HtmlBuilder html, String text, Map<Span, String> marks) {
        List<Span> spans = new ArrayList<>();
        for (Span s : marks.keySet()) {
            if (s.fits(text.length())) {
                spans.add(s);
            }
        }
        // outer spans first at a shared start, so they open before the spans they contain
        spans.sort(Comparator.comparingInt(Span::start).thenComparing(Span::end, Comparator.reverseOrder()));
        TreeSet<Integer> boundaries = new TreeSet<>();
        boundaries.add(0);
        boundaries.add(text.length());
        for (Span s : spans) {
            boundaries.add(s.start());
            boundaries.add(s.end());
        }
        List<Span> open = new ArrayList<>();
        int next = 0;
        Integer previous = null;
        for (int at : boundaries) {
            if (previous != null) {
                html.text(text.substring(previous, at));
            }
            closeEndingAt(html, open, at);
            while (next < spans.size() && spans.get(next).start() == at) {
                Span s = spans.get(next++);
                html.open("mark", "id", marks.get(s));
                if (s.length() == 0) {
                    html.close("mark");
                } else {
                    open.add(s);
                }
            }
            previous = at;
        }
        // every span fits the text, so all were closed at their end; this only guards the invariant
        for (int i = open.size() - 1; i >= 0; i--) {
            html.close("mark");
        }
    }

    /** Closes the spans ending at {@code at}, reopening as continuations the ones they cross. */
    private static void closeEndingAt(HtmlBuilder html, List<Span> open, int at) {
        if (open.stream().noneMatch(s -> s.end() == at)) {
            return;
        }
        List<Span> reopen = new ArrayList<>();
        while (open.stream().anyMatch(s -> s.end() == at)) {
            Span top = open.remove(open.size() - 1);
            html.close("mark");
            if (top.end() != at) {
                reopen.add(0, top);
            }
        }
        for (Span s : reopen) {
            html.open("mark", "class", "cont");
            open.add(s);
        }
    }
}
