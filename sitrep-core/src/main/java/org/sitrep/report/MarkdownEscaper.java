package org.sitrep.report;

import java.util.regex.Pattern;

/**
 * Makes untrusted text (titles, names, quotes, explanations) safe to place inside a line of
 * Markdown: it comes out as the same words when rendered, never as a link, an image, emphasis, raw
 * HTML, a heading, a list or an extra table cell.
 *
 * <p>Line breaks become spaces, because every place the report puts such text (a table cell, a list
 * item, a heading) is one line. Characters that start inline constructs are backslash-escaped
 * everywhere, which CommonMark and GitHub Markdown both honour for any ASCII punctuation; characters
 * that only matter at the start of a line ({@code #}, {@code -}, {@code +}, {@code =}, {@code 1.})
 * are escaped there.
 *
 * <p>Stateless and thread-safe.
 */
final class MarkdownEscaper {

    /** Characters that open or close an inline construct or a table cell wherever they stand. */
    private static final String INLINE_SPECIAL = "\\`*_[]<>|~&";

    private static final Pattern LINE_BREAKS = Pattern.compile("[\\r\\n\\u2028\\u2029]+");
    private static final Pattern ORDERED_LIST_START = Pattern.compile("^(\\d{1,9})([.)])");

    private MarkdownEscaper() {
    }

    /** {@code text} as literal Markdown on one line; null gives the empty string. */
    static String inline(String text) {
        if (text == null) {
            return "";
        }
        String line = LINE_BREAKS.matcher(text).replaceAll(" ").strip();
        StringBuilder out = new StringBuilder(line.length() + 8);
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (INLINE_SPECIAL.indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return escapeLineStart(out.toString());
    }

    private static String escapeLineStart(String s) {
        if (s.isEmpty()) {
            return s;
        }
        char first = s.charAt(0);
        if (first == '#' || first == '-' || first == '+' || first == '=') {
            return "\\" + s;
        }
        return ORDERED_LIST_START.matcher(s).replaceFirst("$1\\\\$2");
    }
}
