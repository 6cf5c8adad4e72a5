package org.sitrep;

import java.nio.file.Path;
import java.time.LocalDate;

/**
 * Options of one run.
 *
 * @param defaultDate published date for articles whose text and metadata give none ({@code --date});
 *     null for none. Never overrides a date the article gives.
 * @param annotationCache directory of the on-disk {@link org.sitrep.annotate.AnnotationCache}
 *     ({@code --cache DIR}); null to annotate every article afresh ({@code --no-cache}). Default null.
 */
public record RunOptions(LocalDate defaultDate, Path annotationCache) {

    /** Options with a default date and no annotation cache. */
    public RunOptions(LocalDate defaultDate) {
        this(defaultDate, null);
    }

    public static RunOptions defaults() {
        return new RunOptions(null, null);
    }

    /** A copy that keeps annotations in {@code dir} (null for none). */
    public RunOptions withAnnotationCache(Path dir) {
        return new RunOptions(defaultDate, dir);
    }
}
