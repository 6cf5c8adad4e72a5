package org.sitrep.annotate;

import org.sitrep.pipeline.Stage;

/**
 * A stage that adds one layer of annotation to an already annotated article (quantities, resolved
 * dates, quotes) and returns the enriched copy.
 */
public interface AnnotationLayer extends Stage<AnnotatedArticle, AnnotatedArticle> {
}
