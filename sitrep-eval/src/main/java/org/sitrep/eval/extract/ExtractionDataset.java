package org.sitrep.eval.extract;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The extraction benchmarks Sitrep is scored on, each with its reader, the size of the copy in
 * {@code ../shared/bench} (checked before scoring, so a changed corpus is not taken for a changed
 * score) and the metric its publishers use (see each dataset's SOURCE.md).
 */
public enum ExtractionDataset {

    /** WCXB test split: bag-of-words F1, macro over pages, also per page type. */
    WCXB("wcxb", 511, "bag-of-words P/R/F1 (lower-cased \\w+ tokens, multiset overlap), macro mean over pages"),
    /** trafilatura's evaluation data, English subset: snippet P/R/F1 summed over the corpus. */
    TRAFILATURA("trafilatura", 160, "snippet P/R/F1 (must-include / must-exclude substrings), micro over the corpus");

    private final String id;
    private final int expectedPages;
    private final String metric;

    ExtractionDataset(String id, int expectedPages, String metric) {
        this.id = id;
        this.expectedPages = expectedPages;
        this.metric = metric;
    }

    /** The name used on the command line. */
    public String id() {
        return id;
    }

    /** How many pages the copy in {@code ../shared/bench} holds. */
    public int expectedPages() {
        return expectedPages;
    }

    /** The metric, as printed above the scores. */
    public String metric() {
        return metric;
    }

    /** True when pages are scored against a gold text (bag of words) rather than snippets. */
    public boolean scoresGoldText() {
        return this == WCXB;
    }

    /** The dataset's pages read from {@code dir}; an {@link IOException} names what is missing. */
    public List<BenchPage> read(Path dir) throws IOException {
        return this == WCXB ? WcxbReader.read(dir) : TrafilaturaEvalReader.read(dir);
    }

    /** The dataset named {@code id} on the command line (case-insensitive). */
    public static ExtractionDataset byId(String id) {
        for (ExtractionDataset d : values()) {
            if (d.id.equals(id.toLowerCase(Locale.ROOT))) {
                return d;
            }
        }
        throw new IllegalArgumentException("unknown dataset '" + id + "': expected wcxb or trafilatura");
    }
}
