package org.sitrep.app;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.sitrep.Sitrep;
import org.sitrep.store.IngestResult;
import org.sitrep.store.IngestSettings;
import org.sitrep.store.Workspace;
import org.sitrep.store.WorkspaceException;
import org.sitrep.store.WorkspaceIngester;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code sitrep ingest INPUT... --workspace DIR}: adds articles to a workspace (created if missing).
 * Articles the workspace already holds are left out, new ones join an active story or start one,
 * and every story that changed is analysed again. Each batch of articles is committed with its
 * stories in one transaction, so an interrupted run loses at most one batch and a re-run completes
 * it. Exit statuses as for {@code report}. One instance per run; not thread-safe.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Adds news articles to a workspace (a SQLite file in DIR, created if missing).",
            "Articles already there are skipped; new ones join a story or start one."},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
            "0:every input was read",
            "1:some inputs failed (each named on stderr); the others were added",
            "2:usage error: bad option or value, no input, --workspace not writable",
            "3:the run could not finish (pipeline unavailable, workspace unreadable or newer, internal error)"})
public final class IngestCommand implements Callable<Integer> {

    private final CliContext context;

    @Spec
    CommandSpec spec;

    @Option(names = {"-w", "--workspace"}, required = true, paramLabel = "DIR",
            description = "Workspace directory; holds workspace.db. Created if missing.")
    Path workspace;

    @Option(names = "--batch", paramLabel = "N",
            description = "Articles stored together in one transaction (default: ${DEFAULT-VALUE}).")
    int batch = IngestSettings.defaults().batchSize();

    @Mixin
    PipelineOptions options;

    public IngestCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        options.validate(spec.commandLine());
        if (batch < 1) {
            throw new ParameterException(spec.commandLine(), "--batch must be at least 1, got " + batch);
        }
        WritableDirectory.prepareFor(spec.commandLine(), "--workspace", workspace);
        RunFeedback feedback = RunFeedback.open(context, options.quiet);
        IngestResult result;
        try (Workspace w = Workspace.open(workspace); Sitrep sitrep = context.openPipeline(options.threads)) {
            IngestSettings defaults = IngestSettings.defaults();
            result = new WorkspaceIngester(w, sitrep, new IngestSettings(batch, defaults.contextArticles(),
                    defaults.windowDays())).ingest(options.inputs, options.runOptions(), feedback.progress(), feedback.problems());
        } catch (WorkspaceException e) {
            throw new CommandFailure(e.getMessage(), e);
        }
        ProblemPrinter problems = feedback.problems();
        context.err().println(ClosingLine.ingest(result, problems.errors(), problems.warnings(),
                workspace.resolve(Workspace.FILE_NAME)));
        return problems.errors() > 0 ? ExitStatus.INPUTS_FAILED : ExitStatus.OK;
    }
}
