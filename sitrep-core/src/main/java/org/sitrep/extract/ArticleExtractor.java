package org.sitrep.extract;

import java.util.EnumSet;
import java.util.Set;
import org.sitrep.ingest.RawDocument;
import org.sitrep.model.Capability;
import org.sitrep.pipeline.Stage;

/**
 * The extraction stage: turns a raw document into an article with a clean body and metadata.
 * Throws {@link ExtractionException} with a reason a user can act on when the document holds no
 * article (empty, binary, nothing left after boilerplate removal).
 */
public interface ArticleExtractor extends Stage<RawDocument, Article> {

    @Override
    default String name() {
        return "extract";
    }

    @Override
    default Set<Capability> requires() {
        return EnumSet.of(Capability.RAW_DOCUMENT);
    }

    @Override
    default Set<Capability> provides() {
        return EnumSet.of(Capability.ARTICLE);
    }

    @Override
    Article apply(RawDocument document);
}
