package org.sitrep.eval.summarize;

import java.util.List;

/**
 * A reference summariser that picks whole sentences from a topic's articles. Each is a textbook
 * algorithm implemented here to give Sitrep's scores a scale on the same data, sentences and
 * length limit.
 *
 * <p>Implementations are deterministic (the random one is seeded) and thread-safe.
 */
public interface ExtractiveBaseline {

    /** Name for tables, with the settings that matter, e.g. {@code "LexRank (threshold 0.1)"}. */
    String name();

    /** The sentences of the summary in output order, together at least {@code words} words when there are enough. */
    List<SourceSentence> select(List<SourceSentence> sentences, int words);
}
