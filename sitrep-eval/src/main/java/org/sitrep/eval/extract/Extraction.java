package org.sitrep.eval.extract;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What one extractor made of one benchmark page. Extractors that find no metadata leave those
 * fields null; an extractor that failed on the page returns {@link #FAILED}, which scores as an
 * empty text.
 *
 * @param text the main text ("" when nothing was found)
 * @param title the title, or null
 * @param author the author(s), or null
 * @param published the publication day, or null when none was found or it was coarser than a day
 * @param publishedCoarse true when a publication date was found but only to the month or year
 */
public record Extraction(String text, String title, String author, LocalDate published, boolean publishedCoarse) {

    /** The result of an extractor that failed on a page. */
    public static final Extraction FAILED = new Extraction("", null, null, null, false);

    public Extraction {
        Objects.requireNonNull(text, "text");
        if (publishedCoarse && published != null) {
            throw new IllegalArgumentException("a coarse publication date has no day");
        }
    }

    /** Text only, for extractors that give no metadata. */
    public static Extraction textOnly(String text) {
        return new Extraction(text == null ? "" : text, null, null, null, false);
    }
}
