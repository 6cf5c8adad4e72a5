package org.sitrep.analyse;

import java.util.Objects;
import org.sitrep.model.ArticleId;
import org.sitrep.model.DateRange;
import org.sitrep.model.Span;

/**
 * One source's date for something: the time expression as written ("last August"), the calendar
 * dates it resolves to, and the sentence it stands in.
 */
public record DatedMention(ArticleId article, String text, DateRange date, Span span) {

    public DatedMention {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(span, "span");
    }
}
