package org.sitrep.eval.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EcbPlusCorpusTest {

    @TempDir
    Path dir;

    @Test
    void readsDocumentsInFileOrderWithTheirSubTopicStories() throws IOException {
        Files.writeString(dir.resolve("corpus.tsv"), String.join("\n",
                "37_2ecbplus\t0\t0\t6\t-", "37_2ecbplus\t0\t1\t.\t-", "37_2ecbplus\t0\t2\t1\t-",
                "37_2ecbplus\t0\t3\t-\t-", "37_2ecbplus\t0\t4\tmagnitude\tACT1", "37_2ecbplus\t0\t5\tquake\tACT1",
                "", "37_2ecbplus\t1\t0\tIndonesia\t-", "37_2ecbplus\t1\t1\t's\t-", "37_2ecbplus\t1\t2\tAceh\tLOC2",
                "37_2ecbplus\t1\t3\t.\t-", "", "37_1ecb\t0\t0\tQuake\t-", "37_1ecb\t0\t1\thits\t-", ""));
        EcbPlusCorpus c = EcbPlusCorpus.read(dir);
        assertThat(c.documents()).extracting(EcbPlusCorpus.Document::id).containsExactly("37_2ecbplus", "37_1ecb");
        assertThat(c.gold()).containsExactly("37ecbplus", "37ecb");
        assertThat(c.stories()).isEqualTo(2);
        assertThat(c.documents().get(0).text()).isEqualTo("6.1-magnitude quake\n\nIndonesia's Aceh.");
        assertThat(c.sha256()).hasSize(64);
    }

    @Test
    void namesTheFileAndLineOfAMalformedRow() throws IOException {
        Files.writeString(dir.resolve("corpus.tsv"), "36_1ecb\t0\t0\tword\t-\nnot a row\n");
        assertThatThrownBy(() -> EcbPlusCorpus.read(dir)).isInstanceOf(IOException.class)
                .hasMessageContaining("corpus.tsv:2");
        assertThatThrownBy(() -> EcbPlusCorpus.read(dir.resolve("missing"))).isInstanceOf(IOException.class)
                .hasMessageContaining("no such file");
    }

    @Test
    void joinsTokensBackIntoProse() {
        assertThat(TokenJoiner.join(List.of("The", "U", ".", "S", ".", "Geological", "Survey", "says", "the",
                "4.4-magnitude", "temblor", "at", "2", ":", "09", "a", ".", "m", ".", "(", "PDT", ")", "was",
                "``", "light", "''", ",", "he", "did", "n't", "say", "."))).isEqualTo(
                "The U.S. Geological Survey says the 4.4-magnitude temblor at 2:09 a.m. (PDT) was \"light\", "
                        + "he didn't say.");
    }
}
