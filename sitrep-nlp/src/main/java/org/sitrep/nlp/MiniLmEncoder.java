package org.sitrep.nlp;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.io.InputStream;
import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One text through the MiniLM model: word pieces, one ONNX Runtime run, the mean of the output
 * vectors, scaled to unit length. It computes exactly what langchain4j's {@code OnnxBertBiEncoder}
 * computes (same ids, same model inputs, the same float sums in the same order, so the same bits;
 * {@code MiniLmEncoderTest} checks), with less around the run:
 *
 * <ul>
 *   <li>the text is tokenized twice, not three times. langchain4j tokenizes the text, turns the word
 *       pieces back into a sentence, tokenizes that to see whether it gives the same pieces, and then
 *       encodes whichever text it kept. When the pieces come back the same, the ids of the first
 *       encoding are those of the last (the same pieces give the same ids), so only the round trip is
 *       still tokenized; when they do not, the joined pieces are encoded as langchain4j does.</li>
 *   <li>the output is read from the tensor's buffer, not copied into a Java array per token first.</li>
 * </ul>
 *
 * <p>The tokenizer cuts a text at 128 word pieces (its configuration in the model's jar), so a text is
 * always one window and langchain4j's averaging over windows of 510 pieces never applies.
 *
 * <p>Thread-safe: the tokenizer and the session may be called from many threads.
 */
final class MiniLmEncoder {

    private final OrtEnvironment environment;
    private final OrtSession session;
    private final HuggingFaceTokenizer tokenizer;
    private final boolean takesTokenTypes;

    MiniLmEncoder(OrtEnvironment environment, OrtSession session, InputStream tokenizerJson) throws IOException {
        this.environment = environment;
        this.session = session;
        this.tokenizer = HuggingFaceTokenizer.newInstance(tokenizerJson, Map.of("padding", "false"));
        Set<String> inputs = session.getInputNames();
        this.takesTokenTypes = inputs.contains("token_type_ids");
    }

    /**
     * The unit-length mean of the model's output vectors for {@code text}.
     *
     * @throws IllegalArgumentException when the text has no word piece (as langchain4j fails then)
     */
    float[] embed(String text) {
        Encoding encoding = encodingOf(text);
        long[] ids = encoding.getIds();
        if (ids.length <= 2) {
            throw new IllegalArgumentException("no word piece in the text");
        }
        long[] shape = {1, ids.length};
        try (OnnxTensor idTensor = OnnxTensor.createTensor(environment, LongBuffer.wrap(ids), shape);
                OnnxTensor maskTensor = OnnxTensor.createTensor(environment,
                        LongBuffer.wrap(encoding.getAttentionMask()), shape);
                OnnxTensor typeTensor = OnnxTensor.createTensor(environment, LongBuffer.wrap(encoding.getTypeIds()),
                        shape)) {
            Map<String, OnnxTensor> inputs = new HashMap<>();
            inputs.put("input_ids", idTensor);
            inputs.put("attention_mask", maskTensor);
            if (takesTokenTypes) {
                inputs.put("token_type_ids", typeTensor);
            }
            try (OrtSession.Result result = session.run(inputs)) {
                OnnxTensor hidden = (OnnxTensor) result.get(0);
                long[] dims = hidden.getInfo().getShape();
                return unit(meanOfRows(hidden.getFloatBuffer(), (int) dims[1], (int) dims[2]));
            }
        } catch (OrtException e) {
            throw new IllegalStateException("the MiniLM model failed on a text", e);
        }
    }

    /**
     * The encoding whose ids langchain4j feeds the model: that of the text when its word pieces survive
     * being written back as a sentence and tokenized again, else that of the pieces joined without spaces.
     */
    private Encoding encodingOf(String text) {
        Encoding first = tokenizer.encode(text, true, false);
        String[] tokens = first.getTokens();
        if (tokens.length <= 2) {
            return first;
        }
        List<String> pieces = Arrays.asList(tokens).subList(1, tokens.length - 1);
        String rebuilt = tokenizer.buildSentence(pieces);
        String[] again = tokenizer.encode(rebuilt, true, false).getTokens();
        if (again.length == tokens.length && Arrays.equals(again, 1, again.length - 1, tokens, 1, tokens.length - 1)) {
            return first;
        }
        return tokenizer.encode(String.join("", pieces), true, false);
    }

    /** The mean of {@code rows} vectors of {@code width} floats, summed row after row in float. */
    private static float[] meanOfRows(FloatBuffer values, int rows, int width) {
        float[] sum = new float[width];
        for (int r = 0; r < rows; r++) {
            int base = r * width;
            for (int d = 0; d < width; d++) {
                sum[d] += values.get(base + d);
            }
        }
        for (int d = 0; d < width; d++) {
            sum[d] /= rows;
        }
        return sum;
    }

    /** {@code v} divided by its length, the length taken from a float sum of squares. */
    private static float[] unit(float[] v) {
        float squares = 0;
        for (float x : v) {
            squares += x * x;
        }
        float length = (float) Math.sqrt(squares);
        float[] out = new float[v.length];
        for (int d = 0; d < v.length; d++) {
            out[d] = v[d] / length;
        }
        return out;
    }
}
