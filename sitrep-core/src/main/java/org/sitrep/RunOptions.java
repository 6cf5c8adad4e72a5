package org.sitrep;

import java.time.LocalDate;

/**
 * Options of one run.
 *
 * @param defaultDate published date for articles whose text and metadata give none ({@code --date});
 *     null for none. Never overrides a date the article gives.
 */
public record RunOptions(LocalDate defaultDate) {

    public static RunOptions defaults() {
        return new RunOptions(null);
    }
}
