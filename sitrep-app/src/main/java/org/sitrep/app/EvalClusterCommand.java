package org.sitrep.app;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.sitrep.Sitrep;
import org.sitrep.cluster.TrackerConfig;
import org.sitrep.eval.cluster.BCubed;
import org.sitrep.eval.cluster.EcbPlusCorpus;
import org.sitrep.eval.cluster.StoryClusteringEvaluation;
import org.sitrep.eval.cluster.StoryClusteringEvaluation.Result;
import org.sitrep.eval.cluster.StoryClusteringEvaluation.Run;
import org.sitrep.eval.cluster.StoryClusteringEvaluation.ThresholdPoint;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sitrep eval cluster --dataset ecbplus DIR}: annotates the ECB+ documents with the standard
 * pipeline, embeds their leads with its sentence embedder, runs the online story clusterer with the
 * default settings and prints B-cubed precision, recall and F1 of documents against the gold sub-topic
 * stories: for all topics, for the topics settings were chosen on, and for the held-out topics, each
 * clustered on its own; in file order and over seeded shuffled orders; without embeddings; against a
 * K-means baseline told the number of stories; and as the join threshold moves.
 */
@Command(name = "cluster", mixinStandardHelpOptions = true,
        description = "Score story clustering (B-cubed of documents against gold stories) on a dataset.")
public final class EvalClusterCommand implements Callable<Integer> {

    /** {@link StoryClusteringEvaluation#ECBPLUS_DEV_HELD_OUT}, as an option value. */
    static final String DEFAULT_HELD_OUT = "39,40";
    private static final int DEFAULT_SHUFFLES = 10;

    private final CliContext context;

    @Spec
    CommandSpec spec;

    @Option(names = "--dataset", required = true, paramLabel = "NAME", description = "Dataset layout: ecbplus.")
    String dataset;

    @Parameters(index = "0", paramLabel = "DIR", description = "The dataset's folder, e.g. ../shared/bench/ecbplus-dev.")
    Path dir;

    @Option(names = "--held-out", paramLabel = "TOPICS", split = ",", defaultValue = DEFAULT_HELD_OUT,
            description = "Topic numbers scored separately as the held-out split (default ${DEFAULT-VALUE}).")
    List<String> heldOut;

    @Option(names = "--shuffles", paramLabel = "N", defaultValue = "" + DEFAULT_SHUFFLES,
            description = "Seeded random input orders scored besides file order (default ${DEFAULT-VALUE}).")
    int shuffles;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: one per core).")
    int threads = Runtime.getRuntime().availableProcessors();

    EvalClusterCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        if (!"ecbplus".equals(dataset)) {
            throw new ParameterException(spec.commandLine(), "unknown --dataset '" + dataset + "': known are ecbplus");
        }
        if (shuffles < 0) {
            throw new ParameterException(spec.commandLine(), "--shuffles must be 0 or more");
        }
        EcbPlusCorpus corpus;
        try {
            corpus = EcbPlusCorpus.read(dir);
        } catch (IOException e) {
            throw new CommandFailure("cannot read the dataset in " + dir + ": " + CommandFailure.reason(e), e);
        }
        if (!corpus.topics().containsAll(heldOut) || corpus.topics().size() <= heldOut.size()) {
            throw new ParameterException(spec.commandLine(), "--held-out " + String.join(",", heldOut)
                    + " must name some but not all of the corpus's topics " + corpus.topics());
        }
        StoryClusteringEvaluation.Splits splits;
        try (Sitrep sitrep = context.openPipeline(Math.max(1, threads))) {
            splits = new StoryClusteringEvaluation(sitrep::annotate, StandardPipeline.embedder())
                    .evaluate(corpus, TrackerConfig.defaults(), shuffles, heldOut);
        }
        PrintStream out = context.out();
        Result all = splits.all();
        out.printf(Locale.ROOT, "ECB+ %s (sha256 %s): %d documents, %d gold stories (topic + ecb/ecbplus), topics %s%n",
                corpus.file(), corpus.sha256(), corpus.documents().size(), corpus.stories(), corpus.topics());
        out.println("online clusterer, default settings: " + all.config());
        out.println();
        out.println("| split | topics | docs | gold stories | order | stories | B3 P | B3 R | B3 F1 |");
        out.println("|---|---|---:|---:|---|---:|---:|---:|---:|");
        row(out, "all", all);
        row(out, "tuning", splits.tuning());
        row(out, "held-out", splits.heldOut());
        out.println();
        out.println("Sensitivity, all topics (B-cubed F1 as the join threshold moves; file order / mean of shuffles):");
        out.println();
        out.println("| threshold | with embeddings | terms and names only |");
        out.println("|---:|---|---|");
        for (int i = 0; i < all.lexicalSensitivity().size(); i++) {
            ThresholdPoint lex = all.lexicalSensitivity().get(i);
            String emb = all.embedded() ? pair(all.sensitivity().get(i)) : "-";
            out.printf(Locale.ROOT, "| %.2f | %s | %s |%n", lex.threshold(), emb, pair(lex));
        }
        return ExitStatus.OK;
    }

    private static void row(PrintStream out, String split, Result r) {
        String topics = String.join(",", r.corpus().topics());
        String prefix = String.format(Locale.ROOT, "| %s | %s | %d | %d | ", split, topics, r.corpus().documents().size(),
                r.corpus().stories());
        line(out, prefix, "file order", r.fileOrder());
        if (!r.shuffled().isEmpty()) {
            line(out, prefix, "mean of " + r.shuffled().size() + " shuffles", mean(r.shuffled()));
        }
        line(out, prefix, "file order, no embeddings", r.lexical());
        line(out, prefix, "K-means baseline (k = gold)", r.baseline());
    }

    private static void line(PrintStream out, String prefix, String order, Run run) {
        out.printf(Locale.ROOT, "%s%s | %d | %.3f | %.3f | %.3f |%n", prefix, order, run.stories(),
                run.score().precision(), run.score().recall(), run.score().f1());
    }

    /** The mean of the runs' scores, with their mean story count rounded. */
    static Run mean(List<Run> runs) {
        double p = runs.stream().mapToDouble(r -> r.score().precision()).average().orElseThrow();
        double r = runs.stream().mapToDouble(x -> x.score().recall()).average().orElseThrow();
        double f = runs.stream().mapToDouble(x -> x.score().f1()).average().orElseThrow();
        int stories = (int) Math.round(runs.stream().mapToInt(Run::stories).average().orElseThrow());
        return new Run(stories, new BCubed(p, r, f));
    }

    private static String pair(ThresholdPoint p) {
        return String.format(Locale.ROOT, "%.3f / %.3f", p.fileOrderF1(), p.meanShuffledF1());
    }
}
