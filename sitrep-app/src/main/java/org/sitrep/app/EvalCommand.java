package org.sitrep.app;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code sitrep eval TASK --dataset NAME PATH}: scores one stage on public data in
 * {@code ../shared/bench} with the dataset's own metric and prints the scores with their exact
 * configuration. The tasks are this command's subcommands, registered in {@link #create}.
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Score a stage on a benchmark dataset with the dataset's own metric.",
        synopsisSubcommandLabel = "TASK",
        commandListHeading = "%nTasks:%n")
public final class EvalCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    /** The {@code eval} command with one subcommand per evaluated task. */
    static CommandLine create(CliContext context) {
        CommandLine eval = new CommandLine(new EvalCommand());
        eval.addSubcommand("extract", new EvalExtractCommand(context));
        eval.addSubcommand("summarize", new EvalSummarizeCommand(context));
        eval.addSubcommand("faithfulness", new EvalFaithfulnessCommand(context));
        eval.addSubcommand("analysis", new EvalAnalysisCommand(context));
        return eval;
    }

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "a task is required: "
                + String.join(", ", spec.subcommands().keySet()));
    }
}
