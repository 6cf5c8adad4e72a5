package org.sitrep.report;

import java.util.Locale;

/**
 * Makes untrusted text safe in HTML: {@link #escape} for element content and quoted attribute values
 * alike, {@link #safeHref} to decide whether a URL may become a link at all.
 *
 * <p>One escape for both contexts keeps the rule simple: the five characters that can end a text
 * run or an attribute value ({@code & < > " '}) are always replaced by references, and characters
 * HTML forbids (NUL, other C0 and C1 controls except tab, line feed and carriage return) are replaced
 * by U+FFFD so a parser cannot be steered by them.
 *
 * <p>Stateless and thread-safe.
 */
final class HtmlEscaper {

    private static final char REPLACEMENT = '\ufffd';
    private static final char LAST_C1_CONTROL = '\u009f';
    private static final char DELETE = '\u007f';

    private HtmlEscaper() {
    }

    /** {@code text} with markup characters replaced by references; null gives the empty string. */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String replacement = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                default -> isForbidden(c) ? String.valueOf(REPLACEMENT) : null;
            };
            if (replacement != null && out == null) {
                out = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (out != null) {
                if (replacement != null) {
                    out.append(replacement);
                } else {
                    out.append(c);
                }
            }
        }
        return out == null ? text : out.toString();
    }

    /**
     * {@code url} stripped of surrounding space when it is an absolute {@code http} or {@code https}
     * address that is safe to put in an {@code href} (still to be escaped); null for anything else,
     * which includes {@code javascript:}, {@code data:}, relative and scheme-relative addresses, and
     * addresses with spaces, quotes, angle brackets or control characters inside.
     */
    static String safeHref(String url) {
        if (url == null) {
            return null;
        }
        String u = url.strip();
        String lower = u.toLowerCase(Locale.ROOT);
        int afterScheme = lower.startsWith("http://") ? "http://".length()
                : lower.startsWith("https://") ? "https://".length() : -1;
        if (afterScheme < 0 || u.length() == afterScheme) {
            return null;
        }
        for (int i = 0; i < u.length(); i++) {
            char c = u.charAt(i);
            if (c <= ' ' || c == DELETE || (c >= '\u0080' && c <= LAST_C1_CONTROL) || c == '"' || c == '\''
                    || c == '<' || c == '>' || c == '`' || c == '\\') {
                return null;
            }
        }
        return u;
    }

    private static boolean isForbidden(char c) {
        if (c == '\t' || c == '\n' || c == '\r') {
            return false;
        }
        return c < ' ' || c == DELETE || (c >= '\u0080' && c <= LAST_C1_CONTROL);
    }
}
