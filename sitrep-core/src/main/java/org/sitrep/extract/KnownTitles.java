package org.sitrep.extract;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The titles a page's markup or its container gave, each with its words read once, so that every
 * line of the body can be asked whether it is one of them: the same words, ignoring case and
 * punctuation. A line is read only when its length is within {@link #MAX_LENGTH_RATIO} of a
 * title's (texts of very different lengths cannot have the same words), and at most once however
 * many titles there are. Immutable and thread-safe.
 */
final class KnownTitles {

    /** A line more than this many times as long as a title (or as short) cannot be that title. */
    static final int MAX_LENGTH_RATIO = 2;

    private final List<String> titles;
    private final List<String> words;

    KnownTitles(List<String> titles) {
        this.titles = List.copyOf(titles);
        this.words = this.titles.stream().map(KnownTitles::words).toList();
    }

    boolean isEmpty() {
        return titles.isEmpty();
    }

    /** True when {@code line} has the same words as one of the titles. */
    boolean contains(String line) {
        String lineWords = null;
        for (int i = 0; i < titles.size(); i++) {
            String title = titles.get(i);
            if (line.length() > MAX_LENGTH_RATIO * (title.length() + 1)
                    || title.length() > MAX_LENGTH_RATIO * (line.length() + 1)) {
                continue;
            }
            if (lineWords == null) {
                lineWords = words(line);
            }
            if (lineWords.equals(words.get(i))) {
                return true;
            }
        }
        return false;
    }

    /** The words of {@code s}, lower-cased and joined by single spaces. */
    private static String words(String s) {
        return LineShape.of(s).words().stream().map(w -> w.toLowerCase(Locale.ROOT)).collect(Collectors.joining(" "));
    }
}
