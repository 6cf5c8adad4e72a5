package org.sitrep.nlp;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.annotate.SentenceEmbedder;
import org.sitrep.text.Embedding;

/**
 * Sentence embeddings from all-MiniLM-L6-v2 (quantised, 384 dimensions), run in process by ONNX
 * Runtime from the model inside its Maven Central jar ({@link MiniLmModel}: one model per JVM, each
 * text computed on the calling thread). Loads in under a second; a sentence of news costs a few
 * milliseconds of one core (about 3 ms fixed and 0.2 ms a word on these machines). Texts longer than the model's 256-token window are cut;
 * a text with no letter or digit (blank, or only no-break and zero-width spaces, symbols or control
 * characters, which leave the model's tokenizer nothing and make the ONNX wrapper fail) gets the zero
 * vector; a text the model still fails on gets it too, so one odd sentence never stops a run.
 *
 * <p>Thread-safe: the ONNX session may be called from many threads.
 */
public final class MiniLmEmbedder implements SentenceEmbedder {

    private static final int DIMENSION = 384;

    private final EmbeddingModel model = MiniLmModel.shared();

    @Override
    public int dimension() {
        return DIMENSION;
    }

    /** A blank text means nothing: the zero vector, whose cosine with anything is 0. */
    private static final Embedding NOTHING = Embedding.of(new float[DIMENSION]);

    @Override
    public Embedding embed(String text) {
        if (!hasContent(text)) {
            return NOTHING;
        }
        try {
            return Embedding.of(model.embed(text).content().vector());
        } catch (RuntimeException e) {
            return NOTHING; // the wrapper's own failure on a text it tokenizes to nothing useful
        }
    }

    /** True when the text has a letter or a digit: something the model's tokenizer turns into word pieces. */
    static boolean hasContent(String text) {
        return text.codePoints().anyMatch(Character::isLetterOrDigit);
    }

    @Override
    public List<Embedding> embedAll(List<String> texts) {
        List<TextSegment> segments = new ArrayList<>(texts.size());
        for (String t : texts) {
            if (hasContent(t)) {
                segments.add(TextSegment.from(t));
            }
        }
        List<dev.langchain4j.data.embedding.Embedding> embedded;
        try {
            embedded = segments.isEmpty() ? List.of() : model.embedAll(segments).content();
        } catch (RuntimeException e) {
            // one text the batch cannot take fails it all: embed one by one, the failing one as nothing
            return texts.stream().map(this::embed).toList();
        }
        List<Embedding> out = new ArrayList<>(texts.size());
        int next = 0;
        for (String t : texts) {
            out.add(hasContent(t) ? Embedding.of(embedded.get(next++).vector()) : NOTHING);
        }
        return out;
    }
}
