package org.sitrep.eval.extract;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One extractor's scores on one dataset, with the per-page results they were computed from.
 * Immutable.
 *
 * @param text the dataset's own text metric over all pages: the macro mean of bag-of-words scores
 *     (WCXB) or the micro snippet score (trafilatura's data)
 * @param byType for WCXB, the macro mean per page type, in descending order of page count; empty
 *     otherwise
 * @param snippets the summed snippet counts (trafilatura's data), or {@link SnippetCounts#NONE}
 * @param failed pages on which the extractor gave up (scored as an empty text)
 * @param seconds wall-clock time spent inside the extractor, summed over pages
 * @param cpuSeconds CPU time of the evaluating thread inside the extractor, summed over pages
 *     (excludes other threads such as the garbage collector's)
 */
public record ExtractionScores(ExtractionDataset dataset, String extractor, int pages, Prf text,
        Map<String, TypeScore> byType, SnippetCounts snippets, DateScore dates, FieldScore titles,
        FieldScore authors, int failed, double seconds, double cpuSeconds, List<PageScore> pageScores) {

    /** The macro-mean score of one page type. */
    public record TypeScore(int pages, Prf text) {
    }

    public ExtractionScores {
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(text, "text");
        byType = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(byType));
        pageScores = List.copyOf(pageScores);
    }

    /** Pages per second inside the extractor. */
    public double pagesPerSecond() {
        return seconds == 0 ? 0 : pages / seconds;
    }

    /** Pages per second of the evaluating thread's CPU time. */
    public double pagesPerCpuSecond() {
        return cpuSeconds == 0 ? 0 : pages / cpuSeconds;
    }

    /**
     * These scores restricted to one part of the {@link SiteSplit}: the held-out sites when
     * {@code heldOut}, else the tuning sites. Times are not split (they are zero in the result).
     */
    public ExtractionScores part(boolean heldOut) {
        List<PageScore> part = SiteSplit.part(pageScores, heldOut);
        int partFailed = (int) part.stream().filter(p -> p.extraction() == Extraction.FAILED).count();
        return ExtractionEvaluator.summarise(dataset, extractor, part, partFailed, 0, 0);
    }

    /** The text score of one WCXB page type; {@link Prf#ZERO} when there is none. */
    public Prf type(String pageType) {
        TypeScore s = byType.get(pageType);
        return s == null ? Prf.ZERO : s.text();
    }
}
