package org.sitrep.app;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.eval.faithfulness.FaithfulnessCheck;
import org.sitrep.eval.faithfulness.FaithfulnessConfig;
import org.sitrep.eval.faithfulness.FaithfulnessResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code sitrep eval faithfulness REPORT.json...}: for each report, the share of headlines, summary
 * sentences and timeline entries whose citations support them, and the number of disputed figures
 * stated as fact, with the failures listed. Exits 0 when every report was read (whatever the share),
 * 1 when a report could not be read (named on stderr; the others are still checked).
 */
@Command(name = "faithfulness", mixinStandardHelpOptions = true,
        description = {"Check that every sentence a report writes is supported by the spans it cites."})
public final class EvalFaithfulnessCommand implements Callable<Integer> {

    private final CliContext context;

    @Parameters(arity = "1..*", paramLabel = "REPORT.json", description = "report.json files written by sitrep report.")
    List<Path> reports;

    @Option(names = "--meaning-threshold", paramLabel = "COSINE", defaultValue = "0.6",
            description = "Least sentence-embedding cosine between a sentence and each span it cites (default ${DEFAULT-VALUE}).")
    double threshold;

    public EvalFaithfulnessCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        FaithfulnessConfig config = new FaithfulnessConfig(threshold);
        FaithfulnessCheck check = new FaithfulnessCheck(StandardPipeline.embedder(), config);
        context.out().println("Faithfulness: " + config.describe() + ".");
        int failed = 0;
        for (Path report : reports) {
            try (InputStream in = Files.newInputStream(report)) {
                FaithfulnessResult r = check.check(in);
                context.out().println();
                context.out().println("## " + report);
                context.out().print(r.toMarkdown());
            } catch (IOException | IllegalArgumentException e) {
                context.err().println("error: " + report + ": " + CommandFailure.reason(e));
                failed++;
            }
        }
        context.out().flush();
        return failed > 0 ? ExitStatus.INPUTS_FAILED : ExitStatus.OK;
    }
}
