package org.sitrep.flink;

import org.apache.flink.api.common.functions.RuntimeContext;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.typeinfo.PrimitiveArrayTypeInfo;
import org.apache.flink.api.common.typeinfo.Types;
import org.sitrep.text.Embedding;

/**
 * The lead embeddings of the articles waiting in the clustering operator ({@link EncodedArticle#lead()},
 * made in the parallel stage), in keyed map state under the key their article waits under, until the
 * article is offered. Kept beside the articles rather than in their bytes, so the article stores stay
 * one format.
 *
 * <p>Valid only while Flink has set the operator's key (in {@code processElement} and {@code onTimer}).
 */
final class WaitingLeads {

    private final MapState<String, float[]> state;

    WaitingLeads(MapState<String, float[]> state) {
        this.state = state;
    }

    /** The keyed map state of this name in the operator's runtime context. */
    static WaitingLeads named(RuntimeContext context, String name) {
        return new WaitingLeads(context.getMapState(
                new MapStateDescriptor<>(name, Types.STRING, PrimitiveArrayTypeInfo.FLOAT_PRIMITIVE_ARRAY_TYPE_INFO)));
    }

    /** Keeps the article's lead under {@code key}, or forgets any kept there when it has none. */
    void put(String key, EncodedArticle article) throws Exception {
        if (article.lead().length == 0) {
            state.remove(key);
        } else {
            state.put(key, article.lead());
        }
    }

    /** Removes the lead under {@code key} and gives it, or null when there was none. */
    Embedding remove(String key) throws Exception {
        float[] lead = state.get(key);
        if (lead == null) {
            return null;
        }
        state.remove(key);
        return Embedding.ofValues(lead);
    }
}
