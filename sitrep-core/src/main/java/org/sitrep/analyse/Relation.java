package org.sitrep.analyse;

import java.util.List;
import java.util.Objects;
import org.sitrep.model.Citation;
import org.sitrep.model.EntityId;

/**
 * A standing relation between two actors of a story ("Russia backs the Syrian government"),
 * aggregated from events and explicit statements, with every piece of evidence.
 */
public record Relation(EntityId source, RelationType relation, EntityId target, List<Citation> evidence) {

    public Relation {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(relation, "relation");
        Objects.requireNonNull(target, "target");
        evidence = List.copyOf(evidence);
    }

    /** How many statements support the relation. */
    public int count() {
        return evidence.size();
    }
}
