package org.sitrep.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.sitrep.Sitrep;
import org.sitrep.eval.analysis.AnalysisEvaluation;
import org.sitrep.eval.analysis.AnalysisScore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code sitrep eval analysis DIR}: scores claims, events and relations against gold cases (folders
 * with a {@code gold.json}, as in {@code sitrep-eval/src/test/resources/gold/analysis}) and prints
 * the scores per case and over all cases.
 */
@Command(name = "analysis", mixinStandardHelpOptions = true,
        description = "Score claims, events and relations against gold cases (folders with gold.json).")
public final class EvalAnalysisCommand implements Callable<Integer> {

    private final CliContext context;

    @Parameters(index = "0", paramLabel = "DIR", description = "A folder of gold cases.")
    Path dir;

    @Option(names = "--root", paramLabel = "DIR", defaultValue = ".",
            description = "Repository root that cases naming a corpus are relative to (default: the current directory).")
    Path root;

    EvalAnalysisCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws IOException {
        List<Path> cases = AnalysisEvaluation.cases(dir);
        if (cases.isEmpty()) {
            throw new CommandFailure("no gold case (a folder with gold.json) in " + dir, null);
        }
        Map<String, AnalysisScore> byCase;
        try (Sitrep sitrep = context.openPipeline(Math.max(1, Runtime.getRuntime().availableProcessors()))) {
            byCase = new AnalysisEvaluation(sitrep, root).evaluate(cases);
        }
        AnalysisScore total = AnalysisScore.ZERO;
        for (Map.Entry<String, AnalysisScore> e : byCase.entrySet()) {
            context.out().println("case " + e.getKey() + "\n" + e.getValue().table() + e.getValue().missesList());
            total = total.plus(e.getValue());
        }
        context.out().println("all " + byCase.size() + " cases\n" + total.table());
        return ExitStatus.OK;
    }
}
