package org.sitrep.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sitrep.annotate.AnnotatedArticle;

/**
 * Golden files for the whole annotation (CoreNLP and the standard layers):
 * {@code src/test/resources/golden/annotate/<case>.in.txt}, whose first line states the published
 * date, beside {@code <case>.expected.json}. Run with {@code -Dgolden.update=true} to rewrite the
 * expected files, then review the diff.
 */
class GoldenAnnotationTest {

    private static final Path DIR = Path.of("src", "test", "resources", "golden", "annotate");
    private static final String IN = ".in.txt";
    private static final String EXPECTED = ".expected.json";
    private static final boolean UPDATE = Boolean.getBoolean("golden.update");

    static Stream<String> cases() throws IOException {
        try (Stream<Path> files = Files.list(DIR)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(IN))
                    .map(n -> n.substring(0, n.length() - IN.length())).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void annotatesLikeTheExpectedFile(String name) throws IOException {
        String input = Files.readString(DIR.resolve(name + IN), StandardCharsets.UTF_8);
        int nl = input.indexOf('\n');
        String text = input.substring(nl + 1);
        AnnotatedArticle a = SharedCoreNlp.annotate(text, AnnotationView.parseDateLine(input.substring(0, nl)));
        String actual = AnnotationView.render(a);
        Path expected = DIR.resolve(name + EXPECTED);
        if (UPDATE) {
            Files.writeString(expected, actual, StandardCharsets.UTF_8);
            return;
        }
        if (!Files.exists(expected)) {
            fail("no " + expected + "; run with -Dgolden.update=true to write it, then review it");
        }
        String wanted = Files.readString(expected, StandardCharsets.UTF_8);
        if (!actual.equals(wanted)) {
            // kept for review beside the expected file's diff
            Path out = Path.of("target", "golden-actual", name + EXPECTED);
            Files.createDirectories(out.getParent());
            Files.writeString(out, actual, StandardCharsets.UTF_8);
        }
        assertThat(actual).as("annotation of %s (actual output in target/golden-actual)", name).isEqualTo(wanted);
    }
}
