package org.sitrep.analyse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.sitrep.annotate.SentenceEmbedder;
import org.sitrep.pipeline.RecentMemory;
import org.sitrep.text.Embedding;

/**
 * A sentence embedder that remembers the embeddings of the texts it saw last, so the summary, the
 * headline and the timeline of a story, which embed the same sentences, pay for them once. Keeps at
 * most {@code capacity} texts, forgetting the least recently used, and none after {@link #forget}.
 *
 * <p>Thread-safe (one lock around the map; the model runs outside it). Closing it does not close
 * the wrapped embedder, which its owner closes.
 */
final class CachedEmbedder implements SentenceEmbedder, RecentMemory {

    private final SentenceEmbedder model;
    private final Map<String, Embedding> recent;

    CachedEmbedder(SentenceEmbedder model, int capacity) {
        this.model = Objects.requireNonNull(model, "model");
        this.recent = new LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Embedding> eldest) {
                return size() > capacity;
            }
        };
    }

    @Override
    public void forget() {
        synchronized (recent) {
            recent.clear();
        }
    }

    @Override
    public int dimension() {
        return model.dimension();
    }

    @Override
    public Embedding embed(String text) {
        return embedAll(List.of(text)).get(0);
    }

    @Override
    public List<Embedding> embedAll(List<String> texts) {
        List<Embedding> out = new ArrayList<>(texts.size());
        List<String> missing = new ArrayList<>();
        synchronized (recent) {
            for (String t : texts) {
                Embedding e = recent.get(t);
                out.add(e);
                if (e == null) {
                    missing.add(t);
                }
            }
        }
        if (missing.isEmpty()) {
            return out;
        }
        List<String> unique = new ArrayList<>(new java.util.LinkedHashSet<>(missing));
        List<Embedding> computed = model.embedAll(unique);
        Map<String, Embedding> found = new java.util.HashMap<>();
        for (int i = 0; i < unique.size(); i++) {
            found.put(unique.get(i), computed.get(i));
        }
        synchronized (recent) {
            recent.putAll(found);
        }
        for (int i = 0; i < texts.size(); i++) {
            if (out.get(i) == null) {
                out.set(i, found.get(texts.get(i)));
            }
        }
        return out;
    }
}
