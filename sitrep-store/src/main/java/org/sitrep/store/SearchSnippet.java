package org.sitrep.store;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The snippet of a search hit: a window of words of the article text around the first word that
 * matches the query, matched words marked. Words are compared as the full-text index compares them
 * (FTS5's unicode61 tokenizer with diacritics removed): letters, digits and marks, case-folded,
 * without diacritics; the query's last word may match as a prefix.
 *
 * <p>Made in Java rather than with FTS5's {@code snippet()}, which tokenizes each hit's whole text to
 * score every possible window: that was most of a search request's time. This scans a text only up to
 * the end of the window after the first match. Stateless and thread-safe.
 */
final class SearchSnippet {

    /** Words in a snippet. */
    static final int WINDOW_WORDS = 24;

    /** Words shown before the first match, so the match is seen in its sentence. */
    static final int LEAD_WORDS = 6;

    static final String ELLIPSIS = "…";

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}\\p{M}]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private final List<String> words;
    private final boolean lastIsPrefix;

    /** A snippet maker for the words of a query as {@link FtsQuery#words} reads them. */
    SearchSnippet(FtsQuery.Words query) {
        List<String> folded = new ArrayList<>();
        query.words().forEach(w -> folded.add(fold(w)));
        this.words = List.copyOf(folded);
        this.lastIsPrefix = query.lastIsPrefix();
    }

    /** The snippet of {@code text}: its opening words, marked, when no word of it matches. */
    List<SearchHit.Part> of(String text) {
        Matcher m = WORD.matcher(text);
        List<int[]> tokens = new ArrayList<>();
        int first = -1;
        while (m.find()) {
            tokens.add(new int[] {m.start(), m.end()});
            if (first < 0 && matches(text.substring(m.start(), m.end()))) {
                first = tokens.size() - 1;
            }
            if (first >= 0 && tokens.size() >= first + WINDOW_WORDS) {
                break;
            }
        }
        int from = first < 0 ? 0 : Math.max(0, first - LEAD_WORDS);
        int to = Math.min(tokens.size(), from + WINDOW_WORDS);
        List<SearchHit.Part> parts = new ArrayList<>();
        if (from >= to) {
            return parts;
        }
        StringBuilder plain = new StringBuilder(from > 0 ? ELLIPSIS : "");
        int at = tokens.get(from)[0];
        for (int i = from; i < to; i++) {
            int[] t = tokens.get(i);
            String word = text.substring(t[0], t[1]);
            plain.append(text, at, t[0]);
            if (i >= first && first >= 0 && matches(word)) {
                if (!plain.isEmpty()) {
                    parts.add(new SearchHit.Part(plain.toString(), false));
                    plain.setLength(0);
                }
                parts.add(new SearchHit.Part(word, true));
            } else {
                plain.append(word);
            }
            at = t[1];
        }
        boolean more = to < tokens.size() || WORD.matcher(text).region(at, text.length()).find();
        if (more) {
            plain.append(ELLIPSIS);
        } else {
            plain.append(text.substring(at).stripTrailing());
        }
        if (!plain.isEmpty()) {
            parts.add(new SearchHit.Part(plain.toString(), false));
        }
        return parts;
    }

    private boolean matches(String token) {
        String t = fold(token);
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if (t.equals(w) || (lastIsPrefix && i == words.size() - 1 && t.startsWith(w))) {
                return true;
            }
        }
        return false;
    }

    /** Case-folded, without diacritics; ASCII words skip the Unicode normalisation. */
    static String fold(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (word.charAt(i) > 0x7f) {
                String stripped = MARKS.matcher(Normalizer.normalize(word, Normalizer.Form.NFD)).replaceAll("");
                return stripped.toLowerCase(Locale.ROOT);
            }
        }
        return word.toLowerCase(Locale.ROOT);
    }
}
