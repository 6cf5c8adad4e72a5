package org.sitrep.eval.extract;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One page of an extraction benchmark: its HTML bytes (decompressed), the URL it was fetched from,
 * and whatever gold the dataset gives for it. Which gold fields are set depends on the dataset:
 * WCXB gives the main text, a page type, title, author and publication date; trafilatura's
 * evaluation gives snippets that must and must not appear, and sometimes title, author and date.
 * Immutable (the byte array is not copied: callers must not change it).
 *
 * @param id the page's name in the dataset (a file id or name)
 * @param url where the page was fetched from, or null
 * @param html the page's bytes, decompressed
 * @param pageType the dataset's page type ("article", "forum", ...), or null when it gives none
 * @param goldText the gold main text, or null when the dataset scores snippets instead
 * @param with snippets that must appear in the extracted text (empty for WCXB)
 * @param without snippets that must not appear in the extracted text (empty for WCXB)
 * @param goldTitle the gold title, or null
 * @param goldAuthor the gold author(s) as the dataset writes them, or null
 * @param goldDate the gold publication day, or null when the dataset gives none
 */
public record BenchPage(String id, String url, byte[] html, String pageType, String goldText, List<String> with,
        List<String> without, String goldTitle, String goldAuthor, LocalDate goldDate) {

    public BenchPage {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(html, "html");
        with = List.copyOf(with);
        without = List.copyOf(without);
    }
}
