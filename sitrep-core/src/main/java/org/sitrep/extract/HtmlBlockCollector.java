package org.sitrep.extract;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Flattens a page into its text blocks in document order: every run of text between block-level
 * boundaries becomes one block, owned by the innermost block element around it, with its lines
 * (split at {@code <br>}), its length and how much of it is link text. Scripts, styles, form
 * controls and media are skipped; hidden elements are kept, for the scorer to weigh (streaming
 * server renderers park a page's whole content in a hidden element). White space is collapsed except in
 * {@code <pre>}. Iterative (no recursion), so deeply nested markup cannot overflow the stack;
 * linear in the size of the page. Not thread-safe; one per page.
 */
final class HtmlBlockCollector {

    /** One block of text as it sits in the page. */
    record TextBlock(Element owner, List<String> lines, int chars, int linkChars, BlockKind kind) {

        TextBlock {
            lines = List.copyOf(lines);
        }

        /** Share of the block's characters inside links. */
        double linkDensity() {
            return chars == 0 ? 0 : (double) linkChars / chars;
        }

        String text() {
            return String.join("\n", lines);
        }
    }

    static final Set<String> BLOCK_TAGS = Set.of("address", "article", "aside", "blockquote", "body", "center",
            "dd", "details", "dialog", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1",
            "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "html", "li", "main", "menu", "nav", "ol", "p",
            "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul", "caption",
            "legend");
    private static final Set<String> SKIPPED_TAGS = Set.of("script", "style", "template", "svg", "math", "iframe",
            "object", "embed", "canvas", "video", "audio", "map", "button", "input", "select", "textarea", "option",
            "head", "title", "meta", "link", "noscript", "picture", "source", "img");

    /** White space in page text: Java's, and the no-break space. */
    private static final IntPredicate HTML_SPACE = c -> Character.isWhitespace(c) || c == '\u00a0';

    private final List<TextBlock> blocks = new ArrayList<>();
    private final Deque<Element> open = new ArrayDeque<>();
    private StringBuilder line = new StringBuilder();
    private final List<String> lines = new ArrayList<>();
    private int chars;
    private int linkChars;
    private int linkDepth;
    private int preDepth;

    /** The text blocks under {@code root}, in document order. */
    static List<TextBlock> collect(Element root) {
        HtmlBlockCollector c = new HtmlBlockCollector();
        c.open.push(root);
        NodeTraversor.filter(c.new Filter(), root);
        c.flush();
        return c.blocks;
    }

    private final class Filter implements NodeFilter {
        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode t) {
                append(t);
                return FilterResult.CONTINUE;
            }
            if (!(node instanceof Element e)) {
                return FilterResult.SKIP_ENTIRELY;
            }
            String tag = e.normalName();
            if (depth > 0 && SKIPPED_TAGS.contains(tag)) {
                return FilterResult.SKIP_ENTIRELY;
            }
            if (tag.equals("br")) {
                breakLine();
            } else if (tag.equals("a")) {
                linkDepth++;
            } else if (tag.equals("pre")) {
                preDepth++;
            }
            if (depth > 0 && BLOCK_TAGS.contains(tag)) {
                flush();
                open.push(e);
            }
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (!(node instanceof Element e)) {
                return FilterResult.CONTINUE;
            }
            String tag = e.normalName();
            if (tag.equals("a")) {
                linkDepth--;
            } else if (tag.equals("pre")) {
                preDepth--;
            }
            if (depth > 0 && BLOCK_TAGS.contains(tag)) {
                flush();
                if (!open.isEmpty() && open.peek() == e) {
                    open.pop();
                }
            }
            return FilterResult.CONTINUE;
        }
    }

    private void append(TextNode t) {
        String s = preDepth > 0 ? t.getWholeText() : SpaceRuns.collapse(t.getWholeText(), HTML_SPACE);
        if (s.isEmpty()) {
            return;
        }
        if (preDepth > 0) {
            String[] parts = s.split("\n", -1);
            for (int i = 0; i < parts.length; i++) {
                if (i > 0) {
                    breakLine();
                }
                addText(parts[i]);
            }
        } else {
            addText(s);
        }
    }

    private void addText(String s) {
        if (line.length() == 0 || line.charAt(line.length() - 1) == ' ') {
            s = s.stripLeading();
        }
        line.append(s);
        int visible = strippedLength(s);
        chars += visible;
        if (linkDepth > 0) {
            linkChars += visible;
        }
    }

    /** The length of {@code s.strip()}, without making that string. */
    private static int strippedLength(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && Character.isWhitespace(s.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(s.charAt(end - 1))) {
            end--;
        }
        return end - start;
    }

    private void breakLine() {
        String l = line.toString().strip();
        if (!l.isEmpty()) {
            lines.add(l);
        }
        line = new StringBuilder();
    }

    private void flush() {
        breakLine();
        if (!lines.isEmpty() && chars > 0) {
            Element owner = open.isEmpty() ? null : open.peek();
            blocks.add(new TextBlock(owner, lines, chars, linkChars, kindOf(owner)));
        }
        lines.clear();
        chars = 0;
        linkChars = 0;
    }

    private static BlockKind kindOf(Element owner) {
        if (owner == null) {
            return BlockKind.PARAGRAPH;
        }
        return switch (owner.normalName()) {
            case "h1", "h2", "h3", "h4", "h5", "h6" -> BlockKind.HEADING;
            case "li", "dd", "dt" -> BlockKind.LIST_ITEM;
            case "blockquote" -> BlockKind.QUOTE;
            case "pre" -> BlockKind.PREFORMATTED;
            default -> BlockKind.PARAGRAPH;
        };
    }
}
