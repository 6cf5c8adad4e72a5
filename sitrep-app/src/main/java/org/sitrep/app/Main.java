package org.sitrep.app;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * Entry point of the {@code sitrep} command line: {@code sitrep report} and {@code sitrep extract}
 * ({@link ReportCommand}, {@link ExtractCommand}), with {@code --help} and {@code --version} on every
 * command.
 *
 * <p>Usage errors print one line saying what is wrong and where to get help, and exit
 * {@link ExitStatus#USAGE}; a run that cannot finish prints one line and exits
 * {@link ExitStatus#ERROR}, with a stack trace only for what looks like a bug. {@link #run} is the
 * whole program without {@code System.exit}, for tests.
 */
@Command(name = "sitrep", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Turns news articles into a sourced situation report.",
        synopsisSubcommandLabel = "COMMAND",
        commandListHeading = "%nCommands:%n",
        footer = {"", "Run 'sitrep COMMAND --help' for a command's options."})
public final class Main implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args, CliContext.system()));
    }

    /** Runs the command line {@code args} against {@code context} and returns the exit status. */
    public static int run(String[] args, CliContext context) {
        CommandLine cli = new CommandLine(new Main())
                .addSubcommand("report", new ReportCommand(context))
                .addSubcommand("extract", new ExtractCommand(context))
                .addSubcommand("ingest", new IngestCommand(context))
                .addSubcommand("serve", new ServeCommand(context))
                .addSubcommand("export", ExportCommand.create(context))
                .addSubcommand("eval", EvalCommand.create(context))
                .addSubcommand("flink", new FlinkCommand(context));
        cli.setOut(new PrintWriter(context.out(), true));
        cli.setErr(new PrintWriter(context.err(), true));
        cli.setParameterExceptionHandler(Main::usageError);
        cli.setExecutionExceptionHandler((e, command, parsed) -> failure(e, command));
        return cli.execute(args);
    }

    /** {@code sitrep} alone: say which commands there are. */
    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "a command is required: "
                + String.join(", ", spec.subcommands().keySet()));
    }

    private static int usageError(ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        PrintWriter err = command.getErr();
        err.println("sitrep: " + e.getMessage());
        err.println("Try '" + command.getCommandSpec().qualifiedName() + " --help' for more information.");
        return ExitStatus.USAGE;
    }

    private static int failure(Exception e, CommandLine command) {
        PrintWriter err = command.getErr();
        if (e instanceof CommandFailure) {
            err.println("sitrep: " + e.getMessage());
        } else {
            err.println("sitrep: internal error, please report it with the trace below: " + e);
            e.printStackTrace(err);
        }
        err.flush();
        return ExitStatus.ERROR;
    }
}
