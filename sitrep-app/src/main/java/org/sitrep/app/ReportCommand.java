package org.sitrep.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.RunOptions;
import org.sitrep.Sitrep;
import org.sitrep.analyse.SummaryConfig;
import org.sitrep.annotate.AnnotationCache;
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

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "DIR",
            description = "Directory for the report files; created if missing.")
    Path out;

    @Mixin
    PipelineOptions options;

    @Option(names = "--cache", paramLabel = "DIR",
            description = {"Keep each article's model annotation in DIR, so a re-run on the same articles",
                "skips the model (default: $XDG_CACHE_HOME/sitrep/annotations, else ~/.cache/sitrep/annotations)."})
    Path cache;

    @Option(names = "--no-cache", description = "Annotate every article afresh and store no annotations.")
    boolean noCache;

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

    /** The pipeline options with the annotation cache these flags ask for. */
    RunOptions runOptions() {
        Path dir = noCache ? null : cache != null ? cache : AnnotationCache.defaultDirectory();
        return options.runOptions().withAnnotationCache(dir);
    }

    @Override
    public Integer call() {
        options.validate(spec.commandLine());
        if (noCache && cache != null) {
            throw new ParameterException(spec.commandLine(), "--cache and --no-cache exclude each other");
        }
        if (summaryWords != null && (summaryWords < MIN_SUMMARY_WORDS || summaryWords > MAX_SUMMARY_WORDS)) {
            throw new ParameterException(spec.commandLine(), "--summary-words must be between " + MIN_SUMMARY_WORDS
                    + " and " + MAX_SUMMARY_WORDS + ", got " + summaryWords);
        }
        WritableDirectory.prepareFor(spec.commandLine(), "--out", out);
        RunFeedback feedback = RunFeedback.open(context, options.quiet);
        Report report;
        try (Sitrep sitrep = summaryWords == null ? context.openPipeline(options.threads)
                : context.openPipeline(options.threads, SummaryConfig.forWords(summaryWords))) {
            report = sitrep.report(options.inputs, runOptions(), feedback.progress(), feedback.problems());
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
