package org.sitrep.eval.summarize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MultiLingDatasetOnSharedBenchTest {

    @Test
    void readsEveryTopicWithItsDocumentsAndAllHumanSummaries() throws Exception {
        String shared = System.getProperty("sitrep.shared");
        Path dir = shared == null ? null : Path.of(shared, "bench", "multiling2011-sample");
        assumeTrue(dir != null && Files.isDirectory(dir), "../shared/bench/multiling2011-sample is absent");
        List<MultiLingTopic> topics = MultiLingDataset.read(dir);
        assertThat(topics).extracting(MultiLingTopic::id).containsExactly("M000", "M001", "M002");
        for (MultiLingTopic t : topics) {
            assertThat(t.documents()).hasSize(10);
            // A and B appear as summaries, C only in the references lists: all three are collected
            assertThat(t.references()).extracting(MultiLingTopic.Reference::id).containsExactly("A", "B", "C");
            assertThat(t.referenceWords()).isBetween(150, 300);
        }
    }

    @Test
    void namesTheFileAndLineOfABrokenRecord(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("documents.jsonl"), "{\"instance_id\": \"X\", \"documents\": []}\nnot json\n");
        Files.writeString(dir.resolve("summaries.jsonl"), "");
        assertThatThrownBy(() -> MultiLingDataset.read(dir)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("documents.jsonl:2");
    }
}
