package org.sitrep.analyse;

import java.util.List;
import java.util.Objects;
import org.sitrep.model.StoryId;

/**
 * A figure that recurs across stories ("3.6 million Syrian refugees in Turkey"), the background
 * fact several stories rest on: which stories give it, with the verdict and an explanation.
 *
 * @param stories the stories in the order of {@code groups}
 * @param groups each story's claim group for the figure
 */
public record RecurringClaim(String quantity, Verdict verdict, String explanation, List<StoryId> stories,
        List<ClaimGroup> groups) {

    public RecurringClaim {
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(explanation, "explanation");
        stories = List.copyOf(stories);
        groups = List.copyOf(groups);
        if (stories.size() != groups.size() || stories.size() < 2) {
            throw new IllegalArgumentException("a recurring figure needs a group from each of two or more stories");
        }
    }
}
