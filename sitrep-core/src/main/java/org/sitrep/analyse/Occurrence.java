package org.sitrep.analyse;

import org.sitrep.annotate.AnnotatedArticle;
import org.sitrep.annotate.Mention;
import org.sitrep.model.EntityType;

/**
 * One mention as entity resolution reads it: where it is, its comparison key, the type it stands
 * for, the country it stands for (or null), the form shown in aliases (with its honorific), and for
 * a person the words describing them ("polygamist leader"), and whether the mention holds no name:
 * a description of a person ("the attorney general") or a common noun ("the quake").
 */
record Occurrence(AnnotatedArticle article, Mention mention, String key, EntityType type, String country,
        String shownAs, String description, boolean nominal) {

    /** True for keys that stand for a country or demonym rather than a name ("country:turkey"). */
    boolean isStateKey() {
        return key.contains(":");
    }

    /** True for a person described without a name ("the attorney general"). */
    boolean describesPerson() {
        return nominal && type == EntityType.PERSON;
    }
}
