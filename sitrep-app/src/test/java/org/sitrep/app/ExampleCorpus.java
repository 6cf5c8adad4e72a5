package org.sitrep.app;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the project's own example corpus is, from the repository root the build passes in. */
final class ExampleCorpus {

    private ExampleCorpus() {
    }

    static Path path() {
        Path root = Path.of(System.getProperty("sitrep.root", ".."));
        Path corpus = root.resolve("examples/corpus");
        if (!Files.isDirectory(corpus)) {
            corpus = Path.of("..", "examples", "corpus");
        }
        if (!Files.isDirectory(corpus)) {
            throw new IllegalStateException("examples/corpus not found from " + Path.of("").toAbsolutePath());
        }
        return corpus;
    }
}
