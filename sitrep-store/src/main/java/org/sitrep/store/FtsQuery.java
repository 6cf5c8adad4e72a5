package org.sitrep.store;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns what a user typed into an FTS5 query that means "all these words": each word becomes a
 * quoted string, so operators, quotes, parentheses and column filters in the input are taken as
 * plain words and never as query syntax. The last word also matches as a prefix when the input does
 * not end in a space, which suits search-as-you-type. Stateless.
 */
final class FtsQuery {

    /** Words beyond this are ignored, which bounds the cost of one query. */
    static final int MAX_WORDS = 12;

    /** Words of letters and digits, as FTS5's unicode61 tokenizer splits them. */
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}\\p{M}]+");

    private FtsQuery() {
    }

    /** The FTS5 query for {@code text}, or null when it holds no word. */
    static String of(String text) {
        Words w = words(text);
        if (w.words().isEmpty()) {
            return null;
        }
        List<String> quoted = new ArrayList<>();
        w.words().forEach(word -> quoted.add('"' + word + '"'));
        if (w.lastIsPrefix()) {
            int last = quoted.size() - 1;
            quoted.set(last, quoted.get(last) + "*");
        }
        return String.join(" ", quoted);
    }

    /** The words of {@code text} as {@link #of} reads them (none for null). */
    static Words words(String text) {
        List<String> words = new ArrayList<>();
        if (text == null) {
            return new Words(words, false);
        }
        Matcher m = WORD.matcher(text);
        int lastEnd = 0;
        while (m.find() && words.size() < MAX_WORDS) {
            words.add(m.group());
            lastEnd = m.end();
        }
        boolean prefix = !words.isEmpty() && lastEnd == text.length() && words.size() < MAX_WORDS;
        return new Words(words, prefix);
    }

    /** The words of a query as typed, and whether the last one also matches as a prefix. */
    record Words(List<String> words, boolean lastIsPrefix) {
        Words {
            words = List.copyOf(words);
        }
    }
}
