package org.sitrep.nlp;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.sitrep.annotate.SentenceEmbedder;
import org.sitrep.text.Embedding;

/**
 * Sentence embeddings from all-MiniLM-L6-v2 (quantised, 384 dimensions), run in process by ONNX
 * Runtime from the model inside its Maven Central jar. Loads in under a second; about 250 sentences
 * per second on one core of these machines. Texts longer than the model's 256-token window are cut;
 * a text with no letter or digit (blank, or only no-break and zero-width spaces, symbols or control
 * characters, which leave the model's tokenizer nothing and make the ONNX wrapper fail) gets the zero
 * vector; a text the model still fails on gets it too, so one odd sentence never stops a run.
 *
 * <p>Two ways to run the same model, giving the same vectors: {@link #MiniLmEmbedder()} lets one call
 * use every core (ONNX Runtime's intra-op thread pool, and a batch spread over a thread per core),
 * which suits one process working alone; {@link #singleThreaded()} keeps each call on its caller's
 * thread ({@link SingleThreadMiniLm}), which suits a Flink task slot, where parallelism comes from
 * the slots and a slot is sized as one core.
 *
 * <p>Thread-safe: the ONNX session may be called from many threads.
 */
public final class MiniLmEmbedder implements SentenceEmbedder {

    private static final int DIMENSION = 384;

    private final EmbeddingModel model;

    /** The model with ONNX Runtime's default threads and a batch spread over one thread per core. */
    public MiniLmEmbedder() {
        this(AllMiniLmL6V2QuantizedEmbeddingModel::new);
    }

    private MiniLmEmbedder(Supplier<EmbeddingModel> model) {
        this.model = model.get();
    }

    /**
     * The same model computing every embedding and batch on the calling thread, with one ONNX
     * Runtime intra-op and one inter-op thread; its session is loaded once per JVM on first use.
     */
    public static MiniLmEmbedder singleThreaded() {
        return new MiniLmEmbedder(SingleThreadMiniLm::new);
    }

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
