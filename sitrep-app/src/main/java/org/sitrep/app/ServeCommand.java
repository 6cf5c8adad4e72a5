package org.sitrep.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.sitrep.Sitrep;
import org.sitrep.server.ServerConfig;
import org.sitrep.server.SitrepServer;
import org.sitrep.store.IngestSettings;
import org.sitrep.store.Workspace;
import org.sitrep.store.WorkspaceException;
import org.sitrep.store.WorkspaceIngester;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code sitrep serve --workspace DIR}: serves the workspace's JSON API and web UI until the process
 * is stopped (Ctrl-C). Prints the address on standard output, so a script that asked for port 0 can
 * read the port it got. The API only reads unless {@code --allow-ingest} is given, which also loads
 * the pipeline. One instance per run.
 */
@Command(name = "serve", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Serves a workspace: a JSON API (documented at /openapi.json) and a web UI.",
            "Listens on 127.0.0.1 unless --host says otherwise; stop it with Ctrl-C."},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
            "0:stopped",
            "2:usage error: bad option or value, no workspace in DIR",
            "3:the server could not start (port in use, workspace unreadable, internal error)"})
public final class ServeCommand implements Callable<Integer> {

    private final CliContext context;

    @Spec
    CommandSpec spec;

    @Option(names = {"-w", "--workspace"}, required = true, paramLabel = "DIR",
            description = "Workspace directory (made by 'sitrep ingest').")
    Path workspace;

    @Option(names = {"-p", "--port"}, paramLabel = "N",
            description = "TCP port; 0 picks a free one (default: ${DEFAULT-VALUE}).")
    int port = ServerConfig.DEFAULT_PORT;

    @Option(names = "--host", paramLabel = "H",
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only).")
    String host = ServerConfig.DEFAULT_HOST;

    @Option(names = "--allow-ingest",
            description = "Accept POST /api/ingest (JSON Lines). Off by default: the API only reads.")
    boolean allowIngest;

    @Option(names = "--threads", paramLabel = "N",
            description = "Worker threads of the pipeline used by --allow-ingest (default: ${DEFAULT-VALUE}).")
    int threads = Runtime.getRuntime().availableProcessors();

    public ServeCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws InterruptedException {
        if (port < 0 || port > 65_535) {
            throw new ParameterException(spec.commandLine(), "--port must be between 0 and 65535, got " + port);
        }
        if (threads < 1) {
            throw new ParameterException(spec.commandLine(), "--threads must be at least 1, got " + threads);
        }
        if (!Files.isRegularFile(workspace.resolve(Workspace.FILE_NAME))) {
            throw new ParameterException(spec.commandLine(), "no workspace in " + workspace
                    + " (no " + Workspace.FILE_NAME + "); create one with 'sitrep ingest INPUT... --workspace "
                    + workspace + "'");
        }
        ServerConfig config = ServerConfig.defaults().withHost(host).withPort(port).withIngest(allowIngest);
        CountDownLatch stopped = new CountDownLatch(1);
        try (Workspace w = allowIngest ? Workspace.open(workspace) : Workspace.openReadOnly(workspace);
                Sitrep sitrep = allowIngest ? context.openPipeline(threads) : null) {
            WorkspaceIngester ingester = sitrep == null ? null : new WorkspaceIngester(w, sitrep, IngestSettings.defaults());
            SitrepServer server;
            try {
                server = SitrepServer.start(w, config, ingester);
            } catch (RuntimeException e) {
                throw new CommandFailure("cannot start the server on " + host + ":" + port + ": " + e.getMessage(), e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                server.close();
                stopped.countDown();
            }, "sitrep-serve-stop"));
            context.out().println(server.url());
            context.out().flush();
            context.err().println("sitrep: serving " + w.file() + " at " + server.url()
                    + (allowIngest ? " (ingest on)" : "") + "; Ctrl-C stops");
            stopped.await();
        } catch (WorkspaceException e) {
            throw new CommandFailure(e.getMessage(), e);
        }
        return ExitStatus.OK;
    }
}
