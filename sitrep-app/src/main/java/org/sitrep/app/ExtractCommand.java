package org.sitrep.app;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.Sitrep;
import org.sitrep.extract.Article;
import org.sitrep.model.DateRange;
import org.sitrep.report.ReportFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code sitrep extract INPUT... --out FILE.jsonl|-}: reads and extracts the inputs without
 * annotating them, and writes one JSON object per article (id, source, title, published, updated,
 * author, publisher, language, truncated, text), or with {@code --format ninjs} one IPTC ninjs item
 * per article ({@link NinjsItem}), to a file written atomically or to standard output.
 * Exit statuses as for {@code report}. One instance per run; not thread-safe.
 */
@Command(name = "extract", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Extracts each article's clean text and metadata and writes them as JSON",
            "Lines, one object per article."},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
            "0:every input was read",
            "1:some inputs failed (each named on stderr); the output covers the rest",
            "2:usage error: bad option or value, no input, --out not writable",
            "3:the run could not finish (pipeline unavailable, write failed, internal error)"})
public final class ExtractCommand implements Callable<Integer> {

    /** The {@code --out} value that means standard output. */
    static final String STDOUT = "-";

    private static final ObjectWriter JSON = new ObjectMapper().writer()
            .without(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    private final CliContext context;

    @Spec
    CommandSpec spec;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "FILE",
            description = "JSON Lines file to write, or - for standard output.")
    String out;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "jsonl",
            description = {"jsonl (default): Sitrep's fields, one object per line;",
                "ninjs: one IPTC ninjs 2.1 news item per line (uri, type text, representationtype,",
                "headlines, firstcreated/versioncreated as the day at 00:00 UTC, by, infosources",
                "(publisher), language, bodies (text/plain), altids)."})
    String format;

    @Mixin
    PipelineOptions options;

    public ExtractCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        options.validate(spec.commandLine());
        boolean ninjs = switch (format) {
            case "jsonl" -> false;
            case "ninjs" -> true;
            default -> throw new ParameterException(spec.commandLine(),
                    "--format must be jsonl or ninjs, not '" + format + "'");
        };
        Path file = STDOUT.equals(out) ? null : checkedFile(out);
        RunFeedback feedback = RunFeedback.open(context, options.quiet);
        List<Article> articles;
        try (Sitrep sitrep = context.openPipeline(options.threads)) {
            articles = sitrep.extract(options.inputs, options.runOptions(), feedback.progress(), feedback.problems());
        }
        try {
            if (file == null) {
                writeLines(articles, context.out(), ninjs);
            } else {
                ReportFiles.writeAtomically(file, stream -> writeLines(articles, stream, ninjs));
            }
        } catch (IOException e) {
            throw new CommandFailure("cannot write " + out + ": " + CommandFailure.reason(e), e);
        }
        ProblemPrinter problems = feedback.problems();
        context.err().println(ClosingLine.extract(articles.size(), problems.errors(), problems.warnings(),
                file == null ? "standard output" : out));
        return problems.errors() > 0 ? ExitStatus.INPUTS_FAILED : ExitStatus.OK;
    }

    private Path checkedFile(String value) {
        Path file = Path.of(value).toAbsolutePath();
        if (Files.isDirectory(file)) {
            throw new ParameterException(spec.commandLine(), "--out " + value + " is a directory; name a file");
        }
        WritableDirectory.prepareFor(spec.commandLine(), "--out", file.getParent());
        return file;
    }

    private static void writeLines(List<Article> articles, OutputStream stream, boolean ninjs) throws IOException {
        for (Article a : articles) {
            JSON.writeValue(stream, ninjs ? NinjsItem.of(a) : line(a));
            stream.write('\n');
        }
        stream.flush();
    }

    /** One article's line: its id, where it came from, its metadata, then its clean text. */
    static ObjectNode line(Article a) {
        ObjectNode n = JsonNodeFactory.instance.objectNode();
        n.put("id", a.id().value());
        n.put("source", a.origin().source());
        n.put("title", a.title());
        n.put("published", iso(a.published()));
        n.put("updated", iso(a.updated()));
        n.put("author", a.author());
        n.put("publisher", a.publisher());
        n.put("language", a.language());
        n.put("truncated", a.truncated());
        n.put("text", a.text());
        return n;
    }

    private static String iso(DateRange d) {
        return d == null ? null : d.iso();
    }
}
