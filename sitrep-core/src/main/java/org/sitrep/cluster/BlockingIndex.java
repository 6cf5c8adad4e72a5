package org.sitrep.cluster;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.LongPredicate;

/**
 * Blocking on names and rare terms: for each key, the active stories whose profiles hold it among
 * their most specific keys. An arriving article looks up its own most specific keys and gets the
 * stories that share them, whatever their embeddings say, so a story is found by the names it is
 * about even when the centroid index would miss it.
 *
 * <p>Bounded: each story registers a fixed number of keys, replaced as its profile changes and
 * removed when it closes, and a key remembers at most {@code postingSize} stories (the most recently
 * registered). Not thread-safe (owned by one tracker).
 */
final class BlockingIndex {

    private final int postingSize;
    private final Map<Long, Posting> postings = new HashMap<>();

    BlockingIndex(int postingSize) {
        if (postingSize < 1) {
            throw new IllegalArgumentException("postingSize must be positive");
        }
        this.postingSize = postingSize;
    }

    int keys() {
        return postings.size();
    }

    /** Records that story {@code story} holds {@code key}. */
    void add(long key, long story) {
        postings.computeIfAbsent(key, k -> new Posting(postingSize)).add(story);
    }

    /** Forgets that story {@code story} holds {@code key}. */
    void remove(long key, long story) {
        Posting p = postings.get(key);
        if (p != null) {
            p.retain(s -> s != story);
            if (p.size == 0) {
                postings.remove(key);
            }
        }
    }

    /**
     * Stories holding any of {@code keys} (most specific key first), most recent first per key,
     * at most {@code limit}, only those {@code live} accepts.
     */
    Set<Long> stories(long[] keys, int limit, LongPredicate live) {
        Set<Long> out = new LinkedHashSet<>();
        for (long key : keys) {
            Posting p = postings.get(key);
            if (p == null) {
                continue;
            }
            for (int i = 0; i < p.size && out.size() < limit; i++) {
                long s = p.recent(i);
                if (live.test(s)) {
                    out.add(s);
                }
            }
            if (out.size() >= limit) {
                break;
            }
        }
        return out;
    }

    /** Every key with its stories, most recent first, for snapshots. */
    Map<Long, long[]> export() {
        Map<Long, long[]> out = new HashMap<>();
        postings.forEach((key, p) -> {
            long[] recent = new long[p.size];
            for (int i = 0; i < p.size; i++) {
                recent[i] = p.recent(i);
            }
            out.put(key, recent);
        });
        return out;
    }

    /** Restores one key's stories, given most recent first. */
    void restore(long key, long[] recentFirst) {
        for (int i = recentFirst.length - 1; i >= 0; i--) {
            add(key, recentFirst[i]);
        }
    }

    /** The most recent stories of one key, in a ring. */
    private static final class Posting {
        private final long[] stories;
        private int next;
        int size;

        Posting(int capacity) {
            stories = new long[capacity];
        }

        void add(long story) {
            for (int i = 0; i < size; i++) {
                if (recent(i) == story) {
                    return;
                }
            }
            stories[next] = story;
            next = (next + 1) % stories.length;
            size = Math.min(size + 1, stories.length);
        }

        /** The {@code i}-th most recent story. */
        long recent(int i) {
            return stories[Math.floorMod(next - 1 - i, stories.length)];
        }

        void retain(LongPredicate live) {
            long[] keep = new long[size];
            int n = 0;
            for (int i = size - 1; i >= 0; i--) {
                long s = recent(i);
                if (live.test(s)) {
                    keep[n++] = s;
                }
            }
            size = 0;
            next = 0;
            for (int i = 0; i < n; i++) {
                add(keep[i]);
            }
        }
    }
}
