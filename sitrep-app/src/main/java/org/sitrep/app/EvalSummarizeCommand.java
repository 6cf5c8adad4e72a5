package org.sitrep.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.function.UnaryOperator;
import org.sitrep.analyse.CountryNames;
import org.sitrep.analyse.StandardAnalysers;
import org.sitrep.annotate.Gazetteer;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.sitrep.Sitrep;
import org.sitrep.analyse.SummaryConfig;
import org.sitrep.annotate.AnnotatedArticle;
import org.sitrep.eval.rouge.Rouge;
import org.sitrep.eval.rouge.RougeConfig;
import org.sitrep.eval.summarize.ExtractiveBaseline;
import org.sitrep.eval.summarize.LexRankBaseline;
import org.sitrep.eval.summarize.MultiLingDataset;
import org.sitrep.eval.summarize.MultiLingTopic;
import org.sitrep.eval.summarize.SitrepSummarizer;
import org.sitrep.eval.summarize.SummarizeEvaluation;
import org.sitrep.eval.summarize.SummarizeResults;
import org.sitrep.eval.summarize.TopicSummarizer;
import org.sitrep.ingest.DocumentFormat;
import org.sitrep.ingest.Origin;
import org.sitrep.ingest.RawDocument;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sitrep eval summarize --dataset multiling DIR}: runs Sitrep (the real pipeline: extraction,
 * CoreNLP annotation, each topic's articles as one story, the standard analysers with the summary at
 * the references' length) and the reference baselines (lead, random, TextRank, LexRank) on the same
 * sentences in one run, and prints ROUGE-1/2/L F1 per system, per topic and as the mean, under the
 * exact ROUGE configuration. One instance per run.
 */
@Command(name = "summarize", mixinStandardHelpOptions = true,
        description = {"Score Sitrep's summaries and the baselines' against human summaries with ROUGE."})
public final class EvalSummarizeCommand implements Callable<Integer> {

    private static final String SITREP = "Sitrep";

    private final CliContext context;

    @Spec
    CommandSpec spec;

    @Option(names = "--dataset", required = true, paramLabel = "NAME", description = "Dataset layout: multiling.")
    String dataset;

    @Parameters(index = "0", paramLabel = "DIR", description = "The dataset's folder, e.g. ../shared/bench/multiling2011-sample.")
    Path dir;

    @Option(names = "--references", paramLabel = "HOW", defaultValue = "MEAN",
            description = "How scores against several references combine: MEAN or MAX (default ${DEFAULT-VALUE}).")
    RougeConfig.Aggregation references;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "42", description = "Seed of the random baseline (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--sensitivity",
            description = "Also run Sitrep with each main setting changed (halved, doubled or off) and without embeddings.")
    boolean sensitivity;

    @Option(names = "--single-articles",
            description = "Also summarise every article alone (a one-source story) at the default length and score it against "
                    + "its topic's human summaries: Sitrep, Sitrep comparing meanings in one-source stories too, and the baselines.")
    boolean singleArticles;

    @Option(names = "--show-summaries", description = "Also print Sitrep's summaries as scored.")
    boolean showSummaries;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: one per core).")
    int threads = Runtime.getRuntime().availableProcessors();

    public EvalSummarizeCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        if (!"multiling".equals(dataset)) {
            throw new ParameterException(spec.commandLine(), "unknown --dataset '" + dataset + "': known are multiling");
        }
        List<MultiLingTopic> topics;
        try {
            topics = MultiLingDataset.read(dir);
        } catch (IOException | IllegalArgumentException e) {
            throw new CommandFailure("cannot read the dataset in " + dir + ": " + CommandFailure.reason(e), e);
        }
        SummarizeResults results;
        SummarizeResults single = null;
        try (Sitrep sitrep = context.openPipeline(Math.max(1, threads))) {
            SummarizeEvaluation evaluation = new SummarizeEvaluation(new Rouge(RougeConfig.defaults().withReferences(references)),
                    (topic, document) -> annotate(sitrep, topic, document));
            Map<String, List<AnnotatedArticle>> annotated = evaluation.annotate(topics);
            List<TopicSummarizer> systems = new ArrayList<>();
            systems.add(new SitrepSummarizer(SITREP, words -> StandardPipeline.analysers(SummaryConfig.forWords(words))));
            for (ExtractiveBaseline b : SummarizeEvaluation.baselines(seed)) {
                systems.add(TopicSummarizer.of(b));
            }
            if (sensitivity) {
                systems.addAll(variants());
            }
            results = evaluation.run(topics, annotated, systems);
            if (singleArticles) {
                single = evaluation.run(SummarizeEvaluation.singleArticles(topics),
                        SummarizeEvaluation.singleArticles(topics, annotated), singleArticleSystems(),
                        t -> SummaryConfig.DEFAULT_WORDS, SummaryConfig.DEFAULT_WORDS + " words (the default summary length)");
            }
        }
        context.out().println("Dataset: " + dir + " (" + topics.size() + " topics, "
                + topics.stream().mapToInt(t -> t.documents().size()).sum() + " articles, "
                + topics.stream().mapToInt(t -> t.references().size()).sum() + " human summaries)");
        context.out().print(results.toMarkdown(new LexRankBaseline(LexRankBaseline.THRESHOLD).name()));
        if (showSummaries) {
            context.out().println();
            context.out().print(results.summariesOf(SITREP));
        }
        if (single != null) {
            context.out().println();
            context.out().println("Every article alone (" + single.topics().size()
                    + " one-article stories), against its topic's human summaries:");
            context.out().print(single.toMarkdown(new LexRankBaseline(LexRankBaseline.THRESHOLD).name(), false));
        }
        context.out().flush();
        return ExitStatus.OK;
    }

    /** Sitrep with one setting changed at a time, and with TF-IDF in place of sentence embeddings. */
    private static List<TopicSummarizer> variants() {
        Map<String, UnaryOperator<SummaryConfig>> changes = new LinkedHashMap<>();
        SummaryConfig d = SummaryConfig.defaults();
        changes.put("coverage weight 0", c -> c.withCoverageWeight(0));
        changes.put("coverage weight x0.5", c -> c.withCoverageWeight(d.coverageWeight() / 2));
        changes.put("coverage weight x2", c -> c.withCoverageWeight(d.coverageWeight() * 2));
        changes.put("MMR trade-off 0.5", c -> c.withRedundancy(0.5));
        changes.put("MMR trade-off 0.9", c -> c.withRedundancy(0.9));
        changes.put("lead bonus 0", c -> c.withLeadWeight(0));
        changes.put("lead bonus x2", c -> c.withLeadWeight(d.leadWeight() * 2));
        changes.put("support weight 0", c -> c.withSupportWeight(0));
        changes.put("support weight x2", c -> c.withSupportWeight(d.supportWeight() * 2));
        List<TopicSummarizer> out = new ArrayList<>();
        changes.forEach((label, change) -> out.add(new SitrepSummarizer("Sitrep, " + label,
                words -> StandardPipeline.analysers(change.apply(SummaryConfig.forWords(words))))));
        out.add(new SitrepSummarizer("Sitrep, TF-IDF only (no embedder)", words -> StandardAnalysers.all(
                CountryNames.of(Gazetteer.standard()), SummaryConfig.forWords(words))));
        return out;
    }

    /**
     * What {@code --single-articles} compares: Sitrep as it runs (a one-source story compared by its
     * words), Sitrep comparing it by meaning too, and the baselines.
     */
    private List<TopicSummarizer> singleArticleSystems() {
        List<TopicSummarizer> out = new ArrayList<>();
        out.add(new SitrepSummarizer(SITREP, words -> StandardPipeline.analysers(SummaryConfig.forWords(words))));
        out.add(new SitrepSummarizer("Sitrep, sentence embeddings in one-source stories too",
                words -> StandardPipeline.analysers(SummaryConfig.forWords(words).withMeaningSources(1))));
        for (ExtractiveBaseline b : SummarizeEvaluation.baselines(seed)) {
            out.add(TopicSummarizer.of(b));
        }
        return out;
    }

    /** Extracts and annotates one document of the dataset; a document with no article fails the run. */
    private static AnnotatedArticle annotate(Sitrep sitrep, MultiLingTopic topic, MultiLingTopic.Document d) {
        String where = "multiling/" + topic.id() + "/" + d.name();
        RawDocument raw = new RawDocument(Origin.file(where), DocumentFormat.TEXT,
                d.text().getBytes(StandardCharsets.UTF_8), "UTF-8", null);
        return sitrep.annotate(sitrep.extract(raw));
    }
}
