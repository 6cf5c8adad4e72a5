package org.sitrep.report;

import java.util.regex.Pattern;

/**
 * Builds an HTML document as text, escaping every piece of text and every attribute value on the way
 * in, so the writers never concatenate untrusted strings into markup themselves.
 *
 * <p>Tag and attribute names come from code, never from data; they are checked anyway, and event
 * handler attributes ({@code on*}) are refused outright, so no report can carry a script in an
 * attribute even by a bug in a writer. Not thread-safe: one builder per document.
 */
final class HtmlBuilder {

    // SVG attributes are camel case (viewBox, refX); event handlers are refused whatever their case
    private static final Pattern NAME = Pattern.compile("[a-zA-Z][a-zA-Z0-9-]*");

    private final StringBuilder out = new StringBuilder();

    /** Appends markup written in code (a doctype, a style sheet); never data. */
    HtmlBuilder raw(String trustedMarkup) {
        out.append(trustedMarkup);
        return this;
    }

    /** Appends {@code text} escaped; null appends nothing. */
    HtmlBuilder text(String text) {
        out.append(HtmlEscaper.escape(text));
        return this;
    }

    /**
     * Opens {@code tag} with attributes given as name, value pairs; an attribute whose value is null
     * is left out.
     */
    HtmlBuilder open(String tag, String... attributes) {
        checkName(tag);
        if (attributes.length % 2 != 0) {
            throw new IllegalArgumentException("attributes come in name, value pairs");
        }
        out.append('<').append(tag);
        for (int i = 0; i < attributes.length; i += 2) {
            String name = attributes[i];
            checkName(name);
            if (name.toLowerCase(java.util.Locale.ROOT).startsWith("on")) {
                throw new IllegalArgumentException("event handler attributes are never written: " + name);
            }
            if (attributes[i + 1] != null) {
                out.append(' ').append(name).append("=\"").append(HtmlEscaper.escape(attributes[i + 1])).append('"');
            }
        }
        out.append('>');
        return this;
    }

    HtmlBuilder close(String tag) {
        checkName(tag);
        out.append("</").append(tag).append('>');
        return this;
    }

    /** {@code <tag attributes>text</tag>}. */
    HtmlBuilder element(String tag, String text, String... attributes) {
        return open(tag, attributes).text(text).close(tag);
    }

    /** A link to {@code url} when it is a safe web address, else the text alone. */
    HtmlBuilder link(String url, String text) {
        String href = HtmlEscaper.safeHref(url);
        if (href == null) {
            return text(text);
        }
        return open("a", "href", href, "rel", "noopener noreferrer nofollow").text(text).close("a");
    }

    HtmlBuilder newline() {
        out.append('\n');
        return this;
    }

    private static void checkName(String name) {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("not a tag or attribute name: " + name);
        }
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
