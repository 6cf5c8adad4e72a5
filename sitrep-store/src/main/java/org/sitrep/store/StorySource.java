package org.sitrep.store;

/**
 * One article of a story as a list of sources shows it, without its text: id, title, publisher,
 * author, published date as reports write it, source (URL or location), URL, and the id of the
 * article it is a near-duplicate of (null when none). Every field but the id and source may be null.
 */
public record StorySource(String id, String title, String publisher, String author, String published, String source,
        String url, String copyOf) {
}
