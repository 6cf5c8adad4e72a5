package org.sitrep.flink;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.ingest.Origin;

class InputRootsTest {

    private final InputRoots roots = new InputRoots(List.of("corpus/", "extra/one.txt"));

    @Test
    void namesAFileAsTheDirectoryWalkOfSitrepReportDoes() {
        Path found = Path.of("corpus/sub/b.html").toAbsolutePath();
        assertThat(roots.displayName(found)).isEqualTo("corpus/sub/b.html");
        assertThat(roots.displayName(Path.of("extra/one.txt").toAbsolutePath())).isEqualTo("extra/one.txt");
    }

    @Test
    void ordersDocumentsByInputThenNameListThenLine() {
        List<Origin> origins = new ArrayList<>(List.of(
                new Origin("extra/one.txt", null, null, null),
                new Origin("corpus/z.txt", null, null, null),
                new Origin("corpus/a-b/x.txt", null, null, null),
                new Origin("corpus/a/y.jsonl", 10, null, null),
                new Origin("corpus/a/y.jsonl", 2, null, null)));
        origins.sort(Comparator.comparing(roots::orderKey));
        // "a" sorts before "a-b" by name, although "a/" sorts after "a-" as a string
        assertThat(origins).extracting(Origin::location).containsExactly(
                "corpus/a/y.jsonl:2", "corpus/a/y.jsonl:10", "corpus/a-b/x.txt", "corpus/z.txt", "extra/one.txt");
    }
}
