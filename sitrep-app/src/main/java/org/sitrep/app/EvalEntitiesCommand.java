package org.sitrep.app;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.sitrep.analyse.CountryNames;
import org.sitrep.annotate.Gazetteer;
import org.sitrep.eval.entities.CorefErrors;
import org.sitrep.eval.entities.CorefScore;
import org.sitrep.eval.entities.EcbPlusCorpus;
import org.sitrep.eval.entities.EntityCorefEvaluation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sitrep eval entities --dataset ecbplus PATH}: cross-document entity coreference of Sitrep's
 * entity resolver on the gold mentions of ECB+ (e.g. {@code ../shared/bench/ecbplus-dev}), scored
 * with MUC, B-cubed, CEAF-e and CoNLL F1 against two baselines, on all gold mentions and on those
 * that hold names, for all topics, the topics the resolver's rules were tuned on and the held-out
 * topics. Prints Markdown tables to standard output, and with {@code --errors} the gold entities the
 * resolver splits and the ones it merges. One instance per run.
 */
@Command(name = "entities", mixinStandardHelpOptions = true,
        description = {"Scores entity resolution on a coreference dataset's gold mentions",
            "(MUC, B-cubed, CEAF-e and CoNLL F1)."})
public final class EvalEntitiesCommand implements Callable<Integer> {

    private final CliContext context;

    @Spec
    CommandSpec spec;

    @Option(names = "--dataset", required = true, paramLabel = "NAME", description = "Dataset format: ecbplus.")
    String dataset;

    @Option(names = "--scope", paramLabel = "SCOPE", defaultValue = "topic",
            description = {"Which documents one resolver run sees: topic (each gold topic, as Sitrep resolves",
                "entities per story; default) or corpus (all documents at once)."})
    String scope;

    @Option(names = "--held-out", paramLabel = "TOPICS", split = ",", defaultValue = EvalClusterCommand.DEFAULT_HELD_OUT,
            description = "Topic numbers scored separately as the held-out split (default ${DEFAULT-VALUE}).")
    List<String> heldOut;

    @Option(names = "--errors", description = {"Also list the gold entities the resolver splits and the entities it",
        "makes that merge gold ones (surface forms with counts), on names and on all mentions."})
    boolean errors;

    @Parameters(arity = "1", paramLabel = "PATH", description = "The dataset's directory.")
    Path path;

    public EvalEntitiesCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        if (!dataset.equals("ecbplus")) {
            throw new ParameterException(spec.commandLine(), "unknown --dataset '" + dataset + "' (known: ecbplus)");
        }
        EntityCorefEvaluation.Scope s = switch (scope) {
            case "topic" -> EntityCorefEvaluation.Scope.TOPIC;
            case "corpus" -> EntityCorefEvaluation.Scope.CORPUS;
            default -> throw new ParameterException(spec.commandLine(), "--scope must be topic or corpus, got " + scope);
        };
        EcbPlusCorpus corpus;
        try {
            corpus = EcbPlusCorpus.read(path);
        } catch (IOException e) {
            throw new CommandFailure("cannot read the ECB+ data in " + path + ": " + CommandFailure.reason(e), e);
        }
        if (!corpus.topics().containsAll(heldOut) || corpus.topics().size() <= heldOut.size()) {
            throw new ParameterException(spec.commandLine(), "--held-out " + String.join(",", heldOut)
                    + " must name some but not all of the corpus's topics " + corpus.topics());
        }
        List<String> tuning = corpus.topics().stream().filter(t -> !heldOut.contains(t)).toList();
        Map<String, EcbPlusCorpus> splits = new LinkedHashMap<>();
        splits.put("all", corpus);
        splits.put("tuning " + String.join(",", tuning), corpus.ofTopics(tuning));
        splits.put("held-out " + String.join(",", heldOut), corpus.ofTopics(heldOut));
        EntityCorefEvaluation evaluation = new EntityCorefEvaluation(CountryNames.of(Gazetteer.standard()));
        PrintStream out = context.out();
        out.printf(Locale.ROOT, "Entity coreference on ECB+ gold mentions: %s, %d documents, %d mentions in %d gold "
                + "entities (singletons included); data SHA-256 %s.%n", path, corpus.documents().size(),
                corpus.mentions().size(), EntityCorefEvaluation.gold(corpus).size(), corpus.checksum());
        out.println(s == EntityCorefEvaluation.Scope.TOPIC
                ? "Resolver run once per gold topic: Sitrep resolves entities per story, and ECB+ topics are stories."
                : "Resolver run once over all the documents of each split (all topics, tuning, held-out).");
        for (boolean names : new boolean[] {false, true}) {
            out.println();
            out.println(names ? "Mentions that hold a name (what the resolver meets in the pipeline):"
                    : "All gold mentions:");
            out.println();
            out.println("| topics | method | entities | MUC P / R / F1 | B-cubed P / R / F1 | CEAF-e P / R / F1 | CoNLL F1 |");
            out.println("|---|---|---:|---|---|---|---:|");
            for (Map.Entry<String, EcbPlusCorpus> split : splits.entrySet()) {
                for (EntityCorefEvaluation.Result r : evaluation.evaluate(split.getValue(), s, names)) {
                    out.printf(Locale.ROOT, "| %s | %s | %d | %s | %s | %s | %.4f |%n", split.getKey(),
                            label(r.method()), r.entities(), prf(r.muc()), prf(r.bcubed()), prf(r.ceafE()), r.conll());
                }
            }
        }
        if (errors) {
            for (boolean names : new boolean[] {true, false}) {
                printErrors(out, evaluation.errors(corpus, s, names), names ? "names" : "all mentions");
            }
        }
        return ExitStatus.OK;
    }

    private static void printErrors(PrintStream out, CorefErrors found, String view) {
        out.println();
        out.println("Gold entities the resolver splits, " + view + " (its parts separated by |):");
        found.splits().forEach(e -> out.println("- " + e));
        out.println();
        out.println("Resolver entities that merge gold entities, " + view + " (the gold parts separated by |):");
        found.merges().forEach(e -> out.println("- " + e));
    }

    private static String label(EntityCorefEvaluation.Method m) {
        return switch (m) {
            case SITREP -> "Sitrep EntityResolver";
            case SAME_HEAD -> "baseline: same last word";
            case SINGLETONS -> "baseline: every mention alone";
        };
    }

    private static String prf(CorefScore s) {
        return String.format(Locale.ROOT, "%.3f / %.3f / %.3f", s.precision(), s.recall(), s.f1());
    }
}
