package org.sitrep.eval.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CorefErrorsTest {

    private static final Map<String, String> TEXT = Map.of("m1", "Warren Jeffs", "m2", "Jeffs", "m3", "Jeffs",
            "m4", "leader", "m5", "Texas", "m6", "Texas jury");

    @Test
    void listsTheGoldEntitiesTheResponseSplitsWithTheirFormsAndCounts() {
        List<Set<String>> key = List.of(Set.of("m1", "m2", "m3", "m4"), Set.of("m5"), Set.of("m6"));
        List<Set<String>> response = List.of(Set.of("m1", "m2", "m3"), Set.of("m4"), Set.of("m5", "m6"));
        CorefErrors errors = CorefErrors.of(key, response, TEXT::get);
        assertThat(errors.splits()).singleElement().hasToString("Jeffs ×2, Warren Jeffs | leader");
        assertThat(errors.merges()).singleElement().satisfies(e -> {
            assertThat(e.parts()).hasSize(2);
            assertThat(e.size()).isEqualTo(2);
        });
    }

    @Test
    void findsNothingWhenThePartitionsAgree() {
        List<Set<String>> key = List.of(Set.of("m1", "m2"), Set.of("m5"));
        CorefErrors errors = CorefErrors.of(key, List.of(Set.of("m2", "m1"), Set.of("m5")), TEXT::get);
        assertThat(errors.splits()).isEmpty();
        assertThat(errors.merges()).isEmpty();
    }

    @Test
    void ignoresMentionsOnlyOnePartitionHas() {
        CorefErrors errors = CorefErrors.of(List.of(Set.of("m1", "m2")), List.of(Set.of("m1"), Set.of("m9")),
                TEXT::get);
        assertThat(errors.splits()).isEmpty();
    }
}
