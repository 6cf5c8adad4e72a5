package org.sitrep.store;

import java.util.List;

/**
 * An article that matches a search: its id, its story (null only while it is being stored), title,
 * publisher, published date as reports write it, and a snippet of its text around the matches.
 *
 * @param snippet the snippet as parts: plain text and matched words alternate, {@link Part#match()}
 *     telling which, so a caller can highlight matches without parsing markup
 */
public record SearchHit(String article, String story, String title, String publisher, String published,
        List<Part> snippet) {

    public SearchHit {
        snippet = List.copyOf(snippet);
    }

    /** A piece of a snippet: text as written, and whether it is a matched word. */
    public record Part(String text, boolean match) {
    }
}
