package org.sitrep.nlp;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * all-MiniLM-L6-v2 (quantised) from its Maven Central jar, run by the jar's own encoder (tokenizer,
 * mean pooling, normalisation) in an ONNX Runtime session that computes on the calling thread only.
 *
 * <p>Why not the jar's ready-made model class: its session starts one compute thread per core that
 * spins while waiting for work, and its batch call hands every text to another pool of one thread per
 * core. Sitrep already embeds on one worker thread per core, so those threads only fought the workers
 * for the same cores: on a 2-core machine the same sentences cost about 25% less CPU here
 * (7.0 against 9.5 ms a sentence, bit-identical vectors; BENCHMARKS.md, issue 4, "End to end").
 *
 * <p>Loaded once per JVM on first use ({@link #shared()}, about half a second and 25 MB of model).
 * Thread-safe: ONNX Runtime sessions may be run from many threads at once; every call computes on
 * its caller's thread.
 */
final class MiniLmModel extends AbstractInProcessEmbeddingModel {

    /** The model and tokenizer files inside the langchain4j MiniLM jar. */
    private static final String MODEL_RESOURCE = "all-minilm-l6-v2-q.onnx";
    private static final String TOKENIZER_RESOURCE = "all-minilm-l6-v2-q-tokenizer.json";
    private static final int DIMENSION = 384;

    private final OnnxBertBiEncoder encoder;

    private MiniLmModel() {
        // texts of a batch one after another, on the caller's thread (the worker pool is the parallelism)
        super(Runnable::run);
        try {
            OrtEnvironment environment = OrtEnvironment.getEnvironment();
            OrtSession session = environment.createSession(resource(MODEL_RESOURCE), singleThreaded());
            try (InputStream tokenizer = stream(TOKENIZER_RESOURCE)) {
                this.encoder = new OnnxBertBiEncoder(environment, session, tokenizer, PoolingMode.MEAN);
            }
        } catch (OrtException e) {
            throw new IllegalStateException("cannot load the MiniLM model: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the MiniLM model from its jar", e);
        }
    }

    /** The model, loaded on first use and shared by the JVM. */
    static MiniLmModel shared() {
        return Holder.MODEL;
    }

    @Override
    protected OnnxBertBiEncoder model() {
        return encoder;
    }

    @Override
    protected Integer knownDimension() {
        return DIMENSION;
    }

    /** One compute thread (the caller's), no spinning while idle: the workers are the parallelism. */
    private static OrtSession.SessionOptions singleThreaded() throws OrtException {
        OrtSession.SessionOptions options = new OrtSession.SessionOptions();
        options.setIntraOpNumThreads(1);
        options.setInterOpNumThreads(1);
        options.addConfigEntry("session.intra_op.allow_spinning", "0");
        options.addConfigEntry("session.inter_op.allow_spinning", "0");
        return options;
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = stream(name)) {
            return in.readAllBytes();
        }
    }

    private static InputStream stream(String name) throws IOException {
        InputStream in = MiniLmModel.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IOException("resource " + name + " not on the class path (langchain4j MiniLM jar missing?)");
        }
        return in;
    }

    /** Lazy holder: the model loads when first asked for, once. */
    private static final class Holder {
        static final MiniLmModel MODEL = new MiniLmModel();
    }
}
