package org.sitrep.app;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.sitrep.analyse.CountryNames;
import org.sitrep.annotate.Gazetteer;
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
 * that hold names. Prints Markdown tables to standard output. One instance per run.
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
        EntityCorefEvaluation evaluation = new EntityCorefEvaluation(CountryNames.of(Gazetteer.standard()));
        PrintStream out = context.out();
        out.printf(Locale.ROOT, "Entity coreference on ECB+ gold mentions: %s, %d documents, %d mentions in %d gold "
                + "entities (singletons included); data SHA-256 %s.%n", path, corpus.documents().size(),
                corpus.mentions().size(), EntityCorefEvaluation.gold(corpus).size(), corpus.checksum());
        out.println(s == EntityCorefEvaluation.Scope.TOPIC
                ? "Resolver run once per gold topic: Sitrep resolves entities per story, and ECB+ topics are stories."
                : "Resolver run once over the whole corpus.");
        for (boolean names : new boolean[] {false, true}) {
            out.println();
            out.println(names ? "Mentions that hold a name (what the resolver meets in the pipeline):"
                    : "All gold mentions:");
            out.println();
            out.println("| method | entities | MUC P / R / F1 | B-cubed P / R / F1 | CEAF-e P / R / F1 | CoNLL F1 |");
            out.println("|---|---:|---|---|---|---:|");
            List<EntityCorefEvaluation.Result> results = evaluation.evaluate(corpus, s, names);
            for (EntityCorefEvaluation.Result r : results) {
                out.printf(Locale.ROOT, "| %s | %d | %s | %s | %s | %.4f |%n", label(r.method()), r.entities(),
                        prf(r.muc()), prf(r.bcubed()), prf(r.ceafE()), r.conll());
            }
        }
        return ExitStatus.OK;
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
