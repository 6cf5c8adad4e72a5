package org.sitrep.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.pipeline.Problem;

class ProblemPrinterTest {

    @Test
    void printsOneLinePerProblemAndCountsThemBySeverity() {
        List<String> lines = new ArrayList<>();
        ProblemPrinter printer = new ProblemPrinter(lines::add);

        printer.report(Problem.error("in/a.html", "empty file"));
        printer.report(Problem.warning("in/feed.jsonl:3", "no date"));
        printer.report(Problem.error("in/b.warc.gz", "truncated gzip stream"));

        assertThat(lines).containsExactly("error: in/a.html: empty file", "warning: in/feed.jsonl:3: no date",
                "error: in/b.warc.gz: truncated gzip stream");
        assertThat(printer.errors()).isEqualTo(2);
        assertThat(printer.warnings()).isEqualTo(1);
    }
}
