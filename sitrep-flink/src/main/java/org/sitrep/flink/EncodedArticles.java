package org.sitrep.flink;

import org.apache.flink.api.common.functions.RuntimeContext;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.typeinfo.PrimitiveArrayTypeInfo;
import org.apache.flink.api.common.typeinfo.Types;
import org.sitrep.annotate.AnnotatedArticle;

/**
 * Annotated articles in keyed map state, kept as the bytes {@link RecordCodec} makes of them: encoded
 * once when put and decoded once when taken out. The heap state backend writes its whole map at every
 * checkpoint; with objects it would encode every waiting article again at each one (an article waiting
 * a minute for its day, checkpointed every second, was encoded sixty times), with bytes it copies them.
 * With RocksDB the values are bytes anyway, and this spares a second encoding. Articles reach the
 * clustering operator already encoded ({@link EncodedArticle}) and go into state as they came.
 *
 * <p>Valid only while Flink has set the operator's key (in {@code processElement} and {@code onTimer}).
 */
final class EncodedArticles {

    private final MapState<String, byte[]> state;

    EncodedArticles(MapState<String, byte[]> state) {
        this.state = state;
    }

    /** The keyed map state of this name in the operator's runtime context. */
    static EncodedArticles named(RuntimeContext context, String name) {
        return new EncodedArticles(context.getMapState(
                new MapStateDescriptor<>(name, Types.STRING, PrimitiveArrayTypeInfo.BYTE_PRIMITIVE_ARRAY_TYPE_INFO)));
    }

    /** The article under {@code key}, or null. */
    AnnotatedArticle get(String key) throws Exception {
        byte[] bytes = state.get(key);
        return bytes == null ? null : RecordCodec.annotated(bytes);
    }

    /** The bytes of the article under {@code key}, not decoded, or null. */
    byte[] getEncoded(String key) throws Exception {
        return state.get(key);
    }

    void put(String key, AnnotatedArticle article) throws Exception {
        put(key, RecordCodec.annotated(article));
    }

    /** Puts an article already encoded ({@link RecordCodec#annotated(AnnotatedArticle)}). */
    void put(String key, byte[] encoded) throws Exception {
        state.put(key, encoded);
    }

    boolean contains(String key) throws Exception {
        return state.contains(key);
    }

    /** Removes the article under {@code key} and gives it, or null when there was none. */
    AnnotatedArticle remove(String key) throws Exception {
        byte[] bytes = removeEncoded(key);
        return bytes == null ? null : RecordCodec.annotated(bytes);
    }

    /** Removes the article under {@code key} and gives its bytes, not decoded, or null when there was none. */
    byte[] removeEncoded(String key) throws Exception {
        byte[] bytes = state.get(key);
        if (bytes != null) {
            state.remove(key);
        }
        return bytes;
    }

    Iterable<String> keys() throws Exception {
        return state.keys();
    }

    void clear() {
        state.clear();
    }

    long count() throws Exception {
        long n = 0;
        for (String ignored : state.keys()) {
            n++;
        }
        return n;
    }
}
