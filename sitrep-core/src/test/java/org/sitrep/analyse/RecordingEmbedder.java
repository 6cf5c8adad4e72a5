package org.sitrep.analyse;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.annotate.SentenceEmbedder;
import org.sitrep.text.Embedding;

/** A test embedder: every text the same direction, so meaning never blocks support; records what it was asked to embed. */
final class RecordingEmbedder implements SentenceEmbedder {
    final List<String> seen = new ArrayList<>();

    @Override
    public int dimension() {
        return 2;
    }

    @Override
    public synchronized Embedding embed(String text) {
        seen.add(text);
        return Embedding.of(new float[] {1, 0});
    }
}
