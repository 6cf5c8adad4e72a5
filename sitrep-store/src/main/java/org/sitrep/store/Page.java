package org.sitrep.store;

import java.util.List;

/**
 * One page of a longer list: the items, how many there are in all, and where the page starts.
 *
 * @param <T> the items
 */
public record Page<T>(List<T> items, long total, int limit, int offset) {

    public Page {
        items = List.copyOf(items);
    }
}
