package org.sitrep.extract;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.sitrep.ingest.Origin;
import org.sitrep.model.ArticleId;
import org.sitrep.model.DateRange;

/**
 * One news article after extraction: its clean body text (the text all later spans point into) and
 * its metadata, each metadata value with the evidence it was taken from.
 *
 * <p>{@code published} and {@code updated} are null when the article gives no evidence; extraction
 * never invents a date. {@code published} may be coarser than a day (a copyright year, say), in
 * which case its precision says so. Immutable.
 *
 * @param boilerplate the lines and blocks removed from the body, in document order
 * @param truncated true when the text looks cut short (paywall, teaser); the evidence says why
 */
public record Article(ArticleId id, Origin origin, String title, DateRange published, DateRange updated,
        String author, String publisher, String language, String text, List<RemovedBlock> boilerplate,
        List<MetadataEvidence> evidence, boolean truncated) {

    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(text, "text");
        boilerplate = List.copyOf(boilerplate);
        evidence = List.copyOf(evidence);
    }

    /** The evidence recorded for {@code field}, if any. */
    public Optional<MetadataEvidence> evidenceFor(String field) {
        return evidence.stream().filter(e -> e.field().equals(field)).findFirst();
    }

    /** A copy with another published date and the evidence for it (used for {@code --date}). */
    public Article withPublished(DateRange date, String basis) {
        List<MetadataEvidence> ev = new java.util.ArrayList<>(evidence);
        ev.removeIf(e -> e.field().equals("published"));
        ev.add(new MetadataEvidence("published", date.iso(), basis));
        return new Article(id, origin, title, date, updated, author, publisher, language, text, boilerplate, ev,
                truncated);
    }
}
