package org.sitrep.analyse;

import java.util.List;
import java.util.Objects;
import org.sitrep.model.Citation;
import org.sitrep.model.EntityId;
import org.sitrep.model.EntityType;

/**
 * One real actor of a story with all the names the sources use for it: canonical name ("Recep
 * Tayyip Erdoğan"), type, every surface form seen ("Erdogan", "Mr Erdogan", "Ankara" where it stands
 * for the government), and every mention as a citation.
 */
public record Entity(EntityId id, String name, EntityType type, List<String> aliases, List<Citation> mentions) {

    public Entity {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        aliases = List.copyOf(aliases);
        mentions = List.copyOf(mentions);
    }

    /** Every name it goes by: the canonical name first, then the aliases (which may repeat it). */
    public List<String> names() {
        List<String> out = new java.util.ArrayList<>(aliases.size() + 1);
        out.add(name);
        out.addAll(aliases);
        return out;
    }
}
