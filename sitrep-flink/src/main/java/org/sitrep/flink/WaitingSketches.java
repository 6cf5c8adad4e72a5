package org.sitrep.flink;

import org.apache.flink.api.common.functions.RuntimeContext;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.typeinfo.PrimitiveArrayTypeInfo;
import org.apache.flink.api.common.typeinfo.Types;
import org.sitrep.cluster.ArticleSketch;

/**
 * The sketches of the articles waiting in the clustering operator ({@link EncodedArticle#sketch()},
 * made in the parallel stage), in keyed map state under the key their article waits under, until the
 * article is offered. Kept beside the articles rather than in their bytes, so the article stores stay
 * one format.
 *
 * <p>Valid only while Flink has set the operator's key (in {@code processElement} and {@code onTimer}).
 */
final class WaitingSketches {

    private final MapState<String, byte[]> state;

    WaitingSketches(MapState<String, byte[]> state) {
        this.state = state;
    }

    /** The keyed map state of this name in the operator's runtime context. */
    static WaitingSketches named(RuntimeContext context, String name) {
        return new WaitingSketches(context.getMapState(
                new MapStateDescriptor<>(name, Types.STRING, PrimitiveArrayTypeInfo.BYTE_PRIMITIVE_ARRAY_TYPE_INFO)));
    }

    /** Keeps the article's sketch under {@code key}, or forgets any kept there when it has none. */
    void put(String key, EncodedArticle article) throws Exception {
        if (article.sketch().length == 0) {
            state.remove(key);
        } else {
            state.put(key, article.sketch());
        }
    }

    /** Removes the sketch under {@code key} and gives it, or null when there was none. */
    ArticleSketch remove(String key) throws Exception {
        byte[] sketch = state.get(key);
        if (sketch == null) {
            return null;
        }
        state.remove(key);
        return ArticleSketch.fromBytes(sketch);
    }
}
