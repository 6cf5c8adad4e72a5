package org.sitrep.app;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.eval.extract.BenchPage;
import org.sitrep.eval.extract.ExtractionDataset;
import org.sitrep.eval.extract.ExtractionEvaluator;
import org.sitrep.eval.extract.ExtractionScores;
import org.sitrep.eval.extract.PageScore;
import org.sitrep.eval.extract.ScoreReport;
import org.sitrep.eval.extract.SitrepPageExtractor;
import org.sitrep.extract.ExtractionConfig;
import org.sitrep.extract.StandardArticleExtractor;
import org.sitrep.report.ReportFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sitrep eval extract --dataset wcxb|trafilatura PATH}: runs the standard extraction stage on
 * a benchmark's pages and prints precision, recall and F1 with the dataset's own metric (per page
 * type for WCXB), publication-day accuracy on the pages with a gold date, and title and author
 * accuracy where the dataset has gold. {@code --details FILE} writes one JSON line per page for
 * reading the errors. One instance per run; not thread-safe.
 */
@Command(name = "extract", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Scores main-text and metadata extraction on a benchmark dataset:",
            "  wcxb         WCXB test split (../shared/bench/wcxb): bag-of-words P/R/F1, macro over pages",
            "               and per page type;",
            "  trafilatura  trafilatura's evaluation data (../shared/bench/trafilatura-eval-en): snippet",
            "               P/R/F1 summed over the corpus.",
            "Also prints publication-date accuracy (same day) on the pages that have a gold date, and title",
            "and author accuracy where the dataset gives them."},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:scores printed", "2:usage error (unknown dataset, PATH missing)",
            "3:the dataset could not be read"})
public final class EvalExtractCommand implements Callable<Integer> {

    private static final ObjectWriter JSON = new ObjectMapper().writer()
            .without(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    private final CliContext context;

    @Spec
    CommandSpec spec;

    @Option(names = "--dataset", required = true, paramLabel = "NAME", description = "wcxb or trafilatura.")
    String dataset;

    @Parameters(index = "0", paramLabel = "PATH", description = "The dataset's folder.")
    Path path;

    @Option(names = "--details", paramLabel = "FILE",
            description = "Also write one JSON line per page (scores, gold and extracted metadata) to FILE.")
    Path details;

    public EvalExtractCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        ExtractionDataset set;
        try {
            set = ExtractionDataset.byId(dataset);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        if (!Files.isDirectory(path)) {
            throw new ParameterException(spec.commandLine(), "dataset folder " + path + " does not exist");
        }
        List<BenchPage> pages;
        try {
            pages = set.read(path);
        } catch (IOException | UncheckedIOException e) {
            throw new CommandFailure("cannot read " + set.id() + " at " + path + ": " + CommandFailure.reason(e), e);
        }
        if (pages.size() != set.expectedPages()) {
            context.err().println("warning: " + path + " holds " + pages.size() + " pages, not the "
                    + set.expectedPages() + " of the copy in ../shared/bench: scores are not comparable with BENCHMARKS.md");
        }
        ExtractionScores scores = ExtractionEvaluator.evaluate(set, pages,
                new SitrepPageExtractor(new StandardArticleExtractor(ExtractionConfig.defaults())));
        context.out().print(ScoreReport.detail(scores));
        context.out().flush();
        if (details != null) {
            try {
                ReportFiles.writeAtomically(details.toAbsolutePath(), out -> writeDetails(scores, out));
            } catch (IOException e) {
                throw new CommandFailure("cannot write " + details + ": " + CommandFailure.reason(e), e);
            }
        }
        return ExitStatus.OK;
    }

    private static void writeDetails(ExtractionScores scores, OutputStream out) throws IOException {
        for (PageScore p : scores.pageScores()) {
            ObjectNode n = JsonNodeFactory.instance.objectNode();
            n.put("id", p.page().id());
            n.put("url", p.page().url());
            n.put("type", p.page().pageType());
            if (p.text() != null) {
                n.put("precision", p.text().precision());
                n.put("recall", p.text().recall());
                n.put("f1", p.text().f1());
            } else {
                n.put("tp", p.snippets().tp());
                n.put("fn", p.snippets().fn());
                n.put("fp", p.snippets().fp());
            }
            n.put("date", p.date().name().toLowerCase(java.util.Locale.ROOT));
            n.put("gold_date", iso(p.page().goldDate()));
            n.put("published", iso(p.extraction().published()));
            n.put("gold_title", p.page().goldTitle());
            n.put("title", p.extraction().title());
            n.put("gold_author", p.page().goldAuthor());
            n.put("author", p.extraction().author());
            n.put("text", p.extraction().text());
            JSON.writeValue(out, n);
            out.write('\n');
        }
    }

    private static String iso(LocalDate d) {
        return d == null ? null : d.toString();
    }
}
