package org.sitrep.eval.extract;

/**
 * An extractor under evaluation: Sitrep's own ({@link SitrepPageExtractor}) or a peer wrapped by a
 * benchmark. Implementations must not throw for a page they cannot handle: they return
 * {@link Extraction#FAILED}. Whether an implementation is thread-safe is up to it; the evaluator
 * calls it from one thread.
 */
public interface PageExtractor {

    /** A short name for tables ("Sitrep", "Readability4J"). */
    String name();

    /** What the extractor makes of {@code page}; never null. */
    Extraction extract(BenchPage page);
}
