package org.sitrep.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.Sitrep;
import org.sitrep.analyse.SummaryConfig;
import org.sitrep.report.HtmlReportWriter;
import org.sitrep.report.JsonReportWriter;
import org.sitrep.report.MarkdownReportWriter;
import org.sitrep.report.Report;
import org.sitrep.report.ReportFiles;
import org.sitrep.report.ReportWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sitrep report INPUT... --out DIR}: runs the whole pipeline and writes {@code report.json},
 * {@code report.md} and {@code report.html} into DIR, each atomically. Exits 0 when every input was
 * read, 1 when some failed (the report covers the rest), 2 on a usage error, 3 when the run could not
 * finish. One instance per run; not thread-safe.
 */
@Command(name = "report", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Reads news articles and writes a sourced situation report into DIR:",
            "report.json, report.md and report.html."},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
            "0:every input was read",
            "1:some inputs failed (each named on stderr); the report covers the rest",
            "2:usage error: bad option or value, no input, --out not writable",
            "3:the run could not finish (pipeline unavailable, write failed, internal error)"})
public final class ReportCommand implements Callable<Integer> {

    /** The three report files, in the order they are written. */
    static final List<ReportWriter> WRITERS =
            List.of(new JsonReportWriter(), new MarkdownReportWriter(), new HtmlReportWriter());

    private final CliContext context;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "INPUT",
            description = {"Files or directories (read recursively), or - for standard input.",
                "Reads .txt, .html, .jsonl, .warc and .warc.gz files."})
    List<String> inputs;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "DIR",
            description = "Directory for the report files; created if missing.")
    Path out;

    @Mixin
    PipelineOptions options;

    /** Bounds of {@code --summary-words}: a sentence at least, a few pages at most. */
    private static final int MIN_SUMMARY_WORDS = 10;
    private static final int MAX_SUMMARY_WORDS = 5000;

    @Option(names = "--summary-words", paramLabel = "N",
            description = "Length of each story's summary in words, kept within 15%% when the story has enough to say"
                    + " (default " + SummaryConfig.DEFAULT_WORDS + ").")
    Integer summaryWords;

    public ReportCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        options.validate(spec.commandLine());
        if (summaryWords != null && (summaryWords < MIN_SUMMARY_WORDS || summaryWords > MAX_SUMMARY_WORDS)) {
            throw new ParameterException(spec.commandLine(), "--summary-words must be between " + MIN_SUMMARY_WORDS
                    + " and " + MAX_SUMMARY_WORDS + ", got " + summaryWords);
        }
        try {
            WritableDirectory.prepare(out);
        } catch (IOException | RuntimeException e) {
            throw new ParameterException(spec.commandLine(), "cannot write to --out " + out + ": " + CommandFailure.reason(e));
        }
        RunFeedback feedback = RunFeedback.open(context, options.quiet);
        Report report;
        try (Sitrep sitrep = summaryWords == null ? context.openPipeline(options.threads)
                : context.openPipeline(options.threads, SummaryConfig.forWords(summaryWords))) {
            report = sitrep.report(inputs, options.runOptions(), feedback.progress(), feedback.problems());
        }
        try {
            ReportFiles.writeAll(report, out, WRITERS);
        } catch (IOException e) {
            throw new CommandFailure("cannot write the report to " + out + ": " + CommandFailure.reason(e), e);
        }
        context.err().println(ClosingLine.report(report.stats(), out));
        return report.stats().failed() > 0 ? ExitStatus.INPUTS_FAILED : ExitStatus.OK;
    }
}
