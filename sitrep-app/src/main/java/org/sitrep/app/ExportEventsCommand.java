package org.sitrep.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.sitrep.report.EventExport;
import org.sitrep.report.ReportFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code sitrep export events REPORT.json [--format csv|json] [--out FILE|-]}: every event of a
 * report as one row in the columns GDELT and ACLED users know ({@link EventExport#COLUMNS}).
 */
@Command(name = "events", mixinStandardHelpOptions = true,
        description = {"Write a report's events as CSV or JSON, one row per event: date and precision, actors"
                + " and their types, CAMEO root code and label, location, number of independent sources and"
                + " which, description and how the date was found."},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:written", "2:usage error (bad option, unreadable report)", "3:the output could not be written"})
public final class ExportEventsCommand implements Callable<Integer> {

    /** Output formats. */
    enum Format { csv, json }

    private final CliContext context;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "REPORT.json", description = "A report written by 'sitrep report'.")
    Path report;

    @Option(names = "--format", defaultValue = "csv", description = "csv or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = {"-o", "--out"}, defaultValue = "-", paramLabel = "FILE",
            description = "File to write (atomically), or - for standard output (default).")
    String out;

    ExportEventsCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        JsonNode tree;
        try {
            tree = new ObjectMapper().readTree(Files.readAllBytes(report));
        } catch (IOException e) {
            throw new ParameterException(spec.commandLine(), "cannot read " + report + ": " + CommandFailure.reason(e));
        }
        if (!tree.has("stories") || !tree.has("articles")) {
            throw new ParameterException(spec.commandLine(), report + " is not a Sitrep report (no stories or articles)");
        }
        List<Map<String, String>> rows = EventExport.rows(tree);
        try {
            if ("-".equals(out)) {
                write(rows, context.out());
            } else {
                ReportFiles.writeAtomically(Path.of(out), stream -> write(rows, stream));
            }
        } catch (IOException e) {
            throw new CommandFailure("cannot write " + out + ": " + CommandFailure.reason(e), e);
        }
        context.err().println("sitrep: " + rows.size() + " event" + (rows.size() == 1 ? "" : "s") + " -> "
                + ("-".equals(out) ? "standard output" : out));
        return ExitStatus.OK;
    }

    private void write(List<Map<String, String>> rows, OutputStream stream) throws IOException {
        if (format == Format.json) {
            EventExport.writeJson(rows, stream);
        } else {
            EventExport.writeCsv(rows, stream);
        }
    }
}
