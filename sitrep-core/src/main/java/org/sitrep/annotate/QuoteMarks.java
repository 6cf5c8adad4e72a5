package org.sitrep.annotate;

import java.util.ArrayList;
import java.util.List;

/**
 * Pairs double quotation marks in a text: curly (“ ”), low (&#8222;), guillemets (« ») and straight
 * ("), the last told apart by what surrounds them. Robust to scraped text: a mark that opens while a
 * quote is open restarts the quote (the first one lost its closing mark); a quote still open at a line
 * break continues only when the next line opens with a quote mark, as when a quotation runs over
 * several paragraphs; otherwise it is dropped. Single quotes are not read: they are apostrophes too
 * often. Stateless.
 */
final class QuoteMarks {

    /** A quotation: the offsets of its opening and closing marks. */
    record Pair(int open, int close) {
    }

    private enum Role { OPEN, CLOSE, EITHER }

    private QuoteMarks() {
    }

    /** The quotations in {@code text}, in order, none overlapping. */
    static List<Pair> pairs(String text) {
        List<Pair> out = new ArrayList<>();
        int open = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (open >= 0 && c == '\n' && !continuesOnNextLine(text, i)) {
                open = -1;
                continue;
            }
            Role role = role(text, i);
            if (role == null) {
                continue;
            }
            if (open < 0) {
                if (role != Role.CLOSE) {
                    open = i;
                }
            } else if (role == Role.CLOSE || (role == Role.EITHER && !startsLine(text, i))) {
                if (i > open + 1) {
                    out.add(new Pair(open, i));
                }
                open = -1;
            } else if (!startsLine(text, i) || !lineBreakBetween(text, open, i)) {
                // an opening mark inside an open quote: the earlier one never closed
                open = i;
            }
            // else: the opening mark of a continued paragraph; the quote stays open
        }
        return out;
    }

    private static Role role(String text, int i) {
        switch (text.charAt(i)) {
            case '“':
            case '„':
            case '«':
                return Role.OPEN;
            case '”':
            case '»':
                return Role.CLOSE;
            case '"':
                boolean spaceBefore = i == 0 || Character.isWhitespace(text.charAt(i - 1))
                        || "([{—–-".indexOf(text.charAt(i - 1)) >= 0;
                boolean spaceAfter = i + 1 >= text.length() || Character.isWhitespace(text.charAt(i + 1))
                        || ",.;:!?)]}—–".indexOf(text.charAt(i + 1)) >= 0;
                if (spaceBefore && !spaceAfter) {
                    return Role.OPEN;
                }
                if (spaceAfter && !spaceBefore) {
                    return Role.CLOSE;
                }
                return Role.EITHER;
            default:
                return null;
        }
    }

    /** True when the next non-blank line after the line break at {@code nl} starts with an opening mark. */
    private static boolean continuesOnNextLine(String text, int nl) {
        int j = nl;
        while (j < text.length() && Character.isWhitespace(text.charAt(j))) {
            j++;
        }
        if (j >= text.length()) {
            return false;
        }
        Role r = role(text, j);
        return r == Role.OPEN || r == Role.EITHER;
    }

    private static boolean startsLine(String text, int i) {
        int j = i - 1;
        while (j >= 0 && text.charAt(j) != '\n' && Character.isWhitespace(text.charAt(j))) {
            j--;
        }
        return j < 0 || text.charAt(j) == '\n';
    }

    private static boolean lineBreakBetween(String text, int from, int to) {
        return text.substring(from, to).indexOf('\n') >= 0;
    }
}
