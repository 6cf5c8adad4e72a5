package org.sitrep.annotate;

import java.util.List;

/**
 * The rule-based annotation layers Sitrep runs after the model-backed annotator, in the order
 * their requirements need: {@link MentionRefiner} (mentions first, as the others read them),
 * {@link DateResolver}, {@link QuantityExtractor}, {@link QuoteAttributor}; each with its default
 * config and the standard {@link Gazetteer}.
 *
 * <pre>{@code
 * Sitrep.builder().annotator(new CoreNlpAnnotator(CoreNlpConfig.defaults())).layers(StandardLayers.all())
 * }</pre>
 *
 * <p>The layers are pure and thread-safe, so one list serves every article and thread; building it
 * loads the gazetteer once (milliseconds).
 */
public final class StandardLayers {

    private StandardLayers() {
    }

    /** The four layers with their defaults, in running order. */
    public static List<AnnotationLayer> all() {
        return List.of(new MentionRefiner(), new DateResolver(), new QuantityExtractor(), new QuoteAttributor());
    }
}
