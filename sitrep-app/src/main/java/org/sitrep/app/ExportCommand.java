package org.sitrep.app;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code sitrep export WHAT REPORT.json}: a report's contents in formats other tools read. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export part of a report in a format other tools read.",
        synopsisSubcommandLabel = "WHAT", commandListHeading = "%nWhat:%n")
public final class ExportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    static CommandLine create(CliContext context) {
        return new CommandLine(new ExportCommand()).addSubcommand("events", new ExportEventsCommand(context));
    }

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "say what to export: "
                + String.join(", ", spec.subcommands().keySet()));
    }
}
