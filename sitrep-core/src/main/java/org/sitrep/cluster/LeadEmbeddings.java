package org.sitrep.cluster;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.sitrep.annotate.SentenceEmbedder;
import org.sitrep.text.Embedding;

/**
 * The lead embeddings of a whole batch, computed up front on the common fork-join pool and then
 * served to a {@link ClusteringSession} as if by the model: a sentence embedder that answers the
 * texts it was given from memory and passes any other text to the model.
 *
 * <p>Why: a session embeds each day's leads when the day is offered, on the offering thread, and in
 * a batch run most days hold one or two articles, so that work ran on one core while the others
 * idled (on the bench pages it was nine tenths of the clustering stage). Embedding every lead of the
 * batch at once, text by text across the pool's threads, gives the same vectors (the model embeds
 * each text on its own, see {@link SentenceEmbedder#embed}) in a fraction of the wall time.
 *
 * <p>Thread-safe once built (the map is not changed after construction). Holds one embedding per
 * distinct lead text of the batch.
 */
final class LeadEmbeddings implements SentenceEmbedder {

    private final SentenceEmbedder model;
    private final Map<String, Embedding> known;

    private LeadEmbeddings(SentenceEmbedder model, Map<String, Embedding> known) {
        this.model = model;
        this.known = known;
    }

    /** Embeds every distinct text of {@code texts} with {@code model}, spread over the common pool. */
    static LeadEmbeddings of(SentenceEmbedder model, List<String> texts) {
        Objects.requireNonNull(model, "model");
        List<String> distinct = texts.stream().distinct().toList();
        List<Embedding> embedded = distinct.parallelStream().map(model::embed).toList();
        Map<String, Embedding> known = new HashMap<>();
        for (int i = 0; i < distinct.size(); i++) {
            known.put(distinct.get(i), embedded.get(i));
        }
        return new LeadEmbeddings(model, known);
    }

    /** Number of distinct texts embedded up front. */
    int size() {
        return known.size();
    }

    @Override
    public int dimension() {
        return model.dimension();
    }

    @Override
    public Embedding embed(String text) {
        Embedding e = known.get(text);
        return e != null ? e : model.embed(text);
    }

    @Override
    public List<Embedding> embedAll(List<String> texts) {
        return texts.stream().map(this::embed).toList();
    }
}
