package org.sitrep.annotate;

import java.util.List;
import org.sitrep.text.Embedding;

/**
 * A model that maps a sentence (or a short text) to an {@link Embedding} whose cosine with another
 * text's embedding measures how close their meanings are. Used by clustering (articles' lead
 * sentences), summaries (centrality, support) and citation checks. Implemented outside the core
 * (an in-process ONNX model in {@code sitrep-nlp}); nothing is downloaded at run time.
 *
 * <p>Implementations load their model once, are safe to call from many threads, and release it on
 * {@link #close()}.
 */
public interface SentenceEmbedder extends AutoCloseable {

    /** Number of dimensions of the embeddings. */
    int dimension();

    /** The embedding of one text; long texts are cut to the model's window. */
    Embedding embed(String text);

    /** The embeddings of many texts, in order; faster than one at a time. */
    default List<Embedding> embedAll(List<String> texts) {
        return texts.stream().map(this::embed).toList();
    }

    @Override
    default void close() {
    }
}
