package org.sitrep.nlp;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import dev.langchain4j.model.output.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * all-MiniLM-L6-v2 (quantised), the model and tokenizer of langchain4j's
 * {@code AllMiniLmL6V2QuantizedEmbeddingModel} with its mean pooling (computed by {@link MiniLmEncoder},
 * which gives langchain4j's vectors with one tokenization fewer), run so that a call never leaves
 * the calling thread: the ONNX Runtime session has one intra-op and one inter-op thread (the default
 * is a pool with a thread per core, whose threads also spin while waiting for work), and a batch is
 * embedded text after text on the caller's thread (the default spreads it over a thread per core).
 * Used by {@link MiniLmEmbedder#singleThreaded()}.
 *
 * <p>The operators run in the same order on the same data whatever the thread count (the pool only
 * splits a product's rows among threads), so the vectors equal the default model's
 * ({@code MiniLmEmbedderTest} and {@code MiniLmEncoderTest} check). Thread-safe; the session is built
 * once per JVM, on first use (under a second).
 */
final class SingleThreadMiniLm implements EmbeddingModel {

    private static final String MODEL = "all-minilm-l6-v2-q.onnx";
    private static final String TOKENIZER = "all-minilm-l6-v2-q-tokenizer.json";
    private static final int DIMENSION = 384;

    @Override
    public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
        List<Embedding> out = new ArrayList<>(segments.size());
        for (TextSegment segment : segments) {
            out.add(Embedding.from(Encoder.INSTANCE.embed(segment.text())));
        }
        return Response.from(out);
    }

    @Override
    public int dimension() {
        return DIMENSION;
    }

    /** The JVM's one single-threaded session, loaded when first needed. */
    private static final class Encoder {
        static final MiniLmEncoder INSTANCE = load();

        private static MiniLmEncoder load() {
            // the model files sit in the jar of langchain4j's class (naming the class does not load its model)
            ClassLoader loader = AllMiniLmL6V2QuantizedEmbeddingModel.class.getClassLoader();
            try (InputStream model = loader.getResourceAsStream(MODEL);
                    InputStream tokenizer = loader.getResourceAsStream(TOKENIZER)) {
                if (model == null || tokenizer == null) {
                    throw new IllegalStateException("the MiniLM model is not on the class path (" + MODEL + ", "
                            + TOKENIZER + ")");
                }
                // kept open: the session is used for the life of the JVM
                OrtSession.SessionOptions options = new OrtSession.SessionOptions();
                options.setIntraOpNumThreads(1);
                options.setInterOpNumThreads(1);
                options.setExecutionMode(OrtSession.SessionOptions.ExecutionMode.SEQUENTIAL);
                OrtEnvironment environment = OrtEnvironment.getEnvironment();
                OrtSession session = environment.createSession(model.readAllBytes(), options);
                return new MiniLmEncoder(environment, session, tokenizer);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the MiniLM model", e);
            } catch (OrtException e) {
                throw new IllegalStateException("cannot load the MiniLM model into ONNX Runtime", e);
            }
        }
    }
}
