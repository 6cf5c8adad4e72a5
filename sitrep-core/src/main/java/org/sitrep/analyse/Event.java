package org.sitrep.analyse;

import java.util.List;
import java.util.Objects;
import org.sitrep.model.Citation;
import org.sitrep.model.DateRange;
import org.sitrep.model.EntityId;

/**
 * Who did what to whom, when and where, as one real event however many articles report it: a CAMEO
 * root category, the acting entity and its target, when it happened (not when it was reported) and
 * how that date was found, and every sentence that reports it.
 *
 * @param id stable within the story: derived from actor, action, target and date
 * @param date when it happened; null when no source dates it
 * @param dateBasis how the date was found, e.g. {@code "'on Tuesday' in a2 resolved against 2020-02-18"}
 * @param actor the entity that acts; null when the text does not say (passive, "were killed")
 * @param target the entity acted on; null when none
 * @param location place name, or null
 */
public record Event(String id, DateRange date, String dateBasis, EntityId actor, CameoCode action, EntityId target,
        String location, String description, List<Citation> evidence) {

    public Event {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(description, "description");
        evidence = List.copyOf(evidence);
        if (evidence.isEmpty()) {
            throw new IllegalArgumentException("an event needs evidence");
        }
    }

    /** Actor then target, leaving out the ones that are unknown. */
    public List<EntityId> actors() {
        java.util.List<EntityId> a = new java.util.ArrayList<>(2);
        if (actor != null) {
            a.add(actor);
        }
        if (target != null && !target.equals(actor)) {
            a.add(target);
        }
        return List.copyOf(a);
    }
}
