package org.sitrep.analyse;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.annotate.SentenceEmbedder;
import org.sitrep.cluster.Story;
import org.sitrep.pipeline.RecentMemory;

/**
 * Where the summary, headline and timeline analysers get a story's {@link SentencePool}: the pool
 * last built for the same story and entities is handed out again (with the asker's thresholds,
 * {@link SentencePool#judgedBy}), so the three pay once for what a pool costs to build (terms,
 * TF-IDF, compressed text and surface facts of every sentence; a third of the Java time of the
 * analysis stage when each built its own).
 *
 * <p>A pool is reused only for the very same story and entity list objects (identity, not equality:
 * the analysers of one story pass the same ones along, and comparing stories by value would cost
 * more than the pool) and settings that pool the same sentences
 * ({@link SentencePool#sameCandidates}). Remembers the last {@code capacity} pools (a few per worker
 * thread suffice: a story's analysers run one after another on one thread).
 *
 * <p>Thread-safe: one lock around the map; pools are built outside it (two threads asking for the
 * same new story's pool at once each build one, with the same result).
 */
final class SentencePools implements RecentMemory {

    private final SentenceEmbedder embedder;
    private final Map<Key, Built> recent;

    /** What a pool was built from; equal only for the same objects. */
    private record Key(Story story, List<Entity> entities) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.story == story && k.entities == entities;
        }

        @Override
        public int hashCode() {
            return 31 * System.identityHashCode(story) + System.identityHashCode(entities);
        }
    }

    private record Built(SummaryConfig config, SentencePool pool) {
    }

    /** Pools comparing sentences by meaning with {@code embedder} (null: by words only). */
    SentencePools(SentenceEmbedder embedder, int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1");
        }
        this.embedder = embedder;
        this.recent = new LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, Built> eldest) {
                return size() > capacity;
            }
        };
    }

    /** Forgets the pools built so far and, when it remembers texts, the embedder's embeddings. */
    @Override
    public void forget() {
        synchronized (recent) {
            recent.clear();
        }
        if (embedder instanceof RecentMemory memory) {
            memory.forget();
        }
    }

    /** The pool of {@code analysis}'s story and entities, judged by {@code config}. */
    SentencePool of(StoryAnalysis analysis, SummaryConfig config) {
        Key key = new Key(analysis.story(), analysis.entities());
        Built built;
        synchronized (recent) {
            built = recent.get(key);
        }
        if (built != null && SentencePool.sameCandidates(built.config(), config)) {
            return built.pool().judgedBy(config);
        }
        SentencePool pool = new SentencePool(analysis, embedder, config);
        synchronized (recent) {
            recent.put(key, new Built(config, pool));
        }
        return pool;
    }
}
