package org.sitrep.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.store.fixtures.SmallWorkspaces;

class IngestCommandTest {

    @TempDir
    Path dir;

    /** The standard pipeline around the test JVM's one CoreNLP. */
    private static final PipelineFactory REAL = threads -> SmallWorkspaces.pipeline();

    @Test
    void ingestAddsArticlesOnceAndSaysSoInTheClosingLine() throws Exception {
        Path in = SmallWorkspaces.twoEvents(dir.resolve("in"));
        Path ws = dir.resolve("ws");
        CliRun first = CliRun.of(REAL, "ingest", in.toString(), "--workspace", ws.toString());
        assertThat(first.status()).as(first.err()).isEqualTo(ExitStatus.OK);
        assertThat(first.err()).contains("5 articles read, 5 added, 0 already in the workspace, 2 stories updated (2 new)")
                .contains("ingest: 5/5");
        assertThat(ws.resolve("workspace.db")).exists();
        CliRun again = CliRun.of(REAL, "ingest", in.toString(), "--workspace", ws.toString(), "--quiet");
        assertThat(again.status()).isEqualTo(ExitStatus.OK);
        assertThat(again.err()).contains("0 added, 5 already in the workspace, 0 stories updated").contains("(5 articles, 2 stories)");
    }

    @Test
    void aBadInputIsNamedAndTheOthersAreStillAdded() throws Exception {
        Path in = SmallWorkspaces.twoEvents(dir.resolve("in"));
        Files.write(in.resolve("broken.html"), new byte[] {0, 1, 2, 3, (byte) 0xff, 0, 0, 7});
        CliRun run = CliRun.of(REAL, "ingest", in.toString(), "--workspace", dir.resolve("ws").toString(), "-q");
        assertThat(run.status()).isEqualTo(ExitStatus.INPUTS_FAILED);
        assertThat(run.err()).contains("error: ").contains("broken.html").contains("5 added").contains("1 input failed");
    }

    @Test
    void usageErrorsStopBeforeThePipelineIsBuilt() throws Exception {
        Path file = Files.writeString(dir.resolve("a-file"), "x");
        CliRun notADir = CliRun.of(CliRun.NEVER, "ingest", file.toString(), "--workspace", file.toString());
        assertThat(notADir.status()).isEqualTo(ExitStatus.USAGE);
        assertThat(notADir.err()).contains("--workspace");
        CliRun noInput = CliRun.of(CliRun.NEVER, "ingest", "--workspace", dir.toString());
        assertThat(noInput.status()).isEqualTo(ExitStatus.USAGE);
        CliRun noWorkspace = CliRun.of(CliRun.NEVER, "serve", "--workspace", dir.resolve("none").toString());
        assertThat(noWorkspace.status()).isEqualTo(ExitStatus.USAGE);
        assertThat(noWorkspace.err()).contains("no workspace in");
        CliRun badPort = CliRun.of(CliRun.NEVER, "serve", "--workspace", dir.toString(), "--port", "70000");
        assertThat(badPort.status()).isEqualTo(ExitStatus.USAGE);
    }
}
