package org.sitrep.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.sitrep.flink.InputRoots;
import org.sitrep.flink.JobOutputs;
import org.sitrep.flink.JobSettings;
import org.sitrep.flink.KafkaInput;
import org.sitrep.flink.SitrepFlinkJob;
import org.sitrep.ingest.InputReader;
import org.sitrep.pipeline.Problem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sitrep flink INPUT... --out DIR --parallelism N [--kafka-bootstrap HOST:PORT --kafka-topic T]}:
 * runs the pipeline as the Flink job of sitrep-flink on a MiniCluster in this JVM, with the CLI's
 * own stages, and leaves in DIR the job's outputs: {@code articles/} and {@code stories/} (JSON
 * Lines, the objects of {@code report.json}), {@code events/} (CSV) and {@code problems/}, each as
 * Flink part files. Problems are also printed on stderr. Exit status as for {@code sitrep report}.
 * With a Kafka topic the job also reads its records (JSON article objects) up to the offsets present
 * at the start, so the run ends; the INPUTs may then be left out. With {@code --kafka-follow} it reads
 * the topic without end and runs until stopped, its outputs growing as days close.
 */
@Command(name = "flink", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Runs the pipeline as an Apache Flink job on a local MiniCluster and writes into DIR:",
            "articles/ and stories/ (JSON Lines), events/ (CSV), problems/ (text)."},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
            "0:every input was read",
            "1:some inputs failed (each named on stderr); the outputs cover the rest",
            "2:usage error: bad option or value, no input, --out not writable or not empty",
            "3:the job could not finish"})
public final class FlinkCommand implements Callable<Integer> {

    private final CliContext context;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "INPUT",
            description = {"Files or directories (read recursively); optional with --kafka-topic.",
                "Reads .txt, .html, .jsonl, .warc and .warc.gz files."})
    List<String> inputs = new ArrayList<>();

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "DIR",
            description = "Directory for the job's outputs; created if missing, must hold none from an earlier run"
                + " (unless --resume-from).")
    Path out;

    @Option(names = {"-p", "--parallelism"}, paramLabel = "N",
            description = "Parallel instances of reading, annotation and analysis (default: one per core, ${DEFAULT-VALUE}).")
    int parallelism = Runtime.getRuntime().availableProcessors();

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", converter = IsoDateConverter.class,
            description = "Published date for articles that give none. Never overrides a date an article gives.")
    LocalDate date;

    @Option(names = "--out-of-order-days", paramLabel = "DAYS",
            description = {"How many days an article may arrive behind articles published after it and still be "
                + "clustered as sitrep report clusters it; a later one is clustered on arrival and reported.",
                "Default: the whole input (no article is late and the stories are sitrep report's, whatever the "
                + "files' order; state holds the input until it ends). For a feed in roughly publication order, "
                + "e.g. 3 for a news crawl: stories go to analysis as they close and state stays bounded."})
    long outOfOrderDays = JobSettings.DEFAULT_OUT_OF_ORDERNESS.toDays();

    @Option(names = "--kafka-bootstrap", paramLabel = "HOST:PORT",
            description = "Kafka brokers to read --kafka-topic from (comma-separated).")
    String kafkaBootstrap;

    @Option(names = "--kafka-topic", paramLabel = "TOPIC",
            description = {"Also read this Kafka topic: one article per record, a JSON object as on a line of a "
                + ".jsonl input, from the earliest offsets to those present when the job starts (see --kafka-follow)."})
    String kafkaTopic;

    @Option(names = "--kafka-group", paramLabel = "GROUP",
            description = "Consumer group the job commits its offsets under: for monitoring, or where --kafka-follow"
                + " resumes from (default: ${DEFAULT-VALUE}).")
    String kafkaGroup = KafkaInput.DEFAULT_GROUP;

    @Option(names = "--kafka-follow",
            description = {"Follow --kafka-topic without end, from the group's committed offsets (the earliest "
                + "where it has none), writing each story as it closes and the recurring claims as days pass; "
                + "runs until stopped. Needs --out-of-order-days and --checkpoint-dir. Articles without a date are clustered with "
                + "the next day that closes, unlike sitrep report."})
    boolean kafkaFollow;

    @Option(names = "--checkpoint-dir", paramLabel = "DIR",
            description = {"Keep the job's checkpoints in DIR (default: a temporary directory, deleted when the "
                + "job ends). With --kafka-follow the last one stays when the job is stopped, to --resume-from."})
    Path checkpointDir;

    @Option(names = "--resume-from", paramLabel = "CHECKPOINT",
            description = {"Start from the state of this checkpoint of an earlier run of the same job "
                + "(a chk-N directory under its --checkpoint-dir, or a savepoint), writing on into its --out DIR."})
    Path resumeFrom;

    public FlinkCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws Exception {
        if (parallelism < 1) {
            throw new ParameterException(spec.commandLine(), "--parallelism must be at least 1, got " + parallelism);
        }
        if (outOfOrderDays < 0) {
            throw new ParameterException(spec.commandLine(), "--out-of-order-days must not be negative, got "
                    + outOfOrderDays);
        }
        if ((kafkaBootstrap == null) != (kafkaTopic == null)) {
            throw new ParameterException(spec.commandLine(), "--kafka-bootstrap and --kafka-topic go together");
        }
        if (inputs.isEmpty() && kafkaTopic == null) {
            throw new ParameterException(spec.commandLine(), "no input: name files or directories, or --kafka-topic");
        }
        if (kafkaFollow && kafkaTopic == null) {
            throw new ParameterException(spec.commandLine(), "--kafka-follow needs --kafka-topic");
        }
        KafkaInput topic = kafkaTopic();
        if (resumeFrom != null && !Files.isRegularFile(resumeFrom.resolve("_metadata"))) {
            throw new ParameterException(spec.commandLine(), "--resume-from " + resumeFrom
                    + " holds no checkpoint (no _metadata file)");
        }
        if (inputs.contains(InputReader.STDIN)) {
            throw new ParameterException(spec.commandLine(), "sitrep flink reads files and directories, not standard input");
        }
        prepare();
        int failed = 0;
        List<String> readable = new ArrayList<>();
        for (String input : inputs) {
            if (Files.exists(Path.of(input))) {
                readable.add(input);
            } else {
                context.err().println(Problem.error(input, "no such file or directory"));
                failed++;
            }
        }
        if (readable.isEmpty() && kafkaTopic == null) {
            context.err().println(closingLine(0, 0, failed, out));
            return ExitStatus.INPUTS_FAILED;
        }
        Path checkpoints = checkpointDir != null ? Files.createDirectories(checkpointDir)
                : Files.createTempDirectory("sitrep-flink-checkpoints");
        try (InProcessRecipe recipe = new InProcessRecipe(context.pipelines())) {
            JobSettings settings = JobSettings.of(new InputRoots(readable), out.toAbsolutePath().toString(), parallelism,
                            recipe)
                    .withCheckpoints(JobSettings.DEFAULT_CHECKPOINT_INTERVAL, checkpoints.toUri().toString())
                    .withDefaultDate(date)
                    .withOutOfOrderness(Duration.ofDays(outOfOrderDays))
                    .withKafka(topic);
            SitrepFlinkJob.run(settings, resumeFrom == null ? null : resumeFrom.toUri().toString());
        } catch (Exception e) {
            throw new CommandFailure("the Flink job failed: " + CommandFailure.reason(e), e);
        } finally {
            if (checkpointDir == null) {
                deleteTree(checkpoints);
            }
        }
        JobOutputs outputs = JobOutputs.read(out);
        List<String> problemLines = outputs.problems();
        for (String problem : problemLines) {
            context.err().println(problem);
            if (problem.startsWith("error")) {
                failed++;
            }
        }
        context.err().println(closingLine(outputs.articles().size(), outputs.stories().size(), failed, out));
        return failed > 0 ? ExitStatus.INPUTS_FAILED : ExitStatus.OK;
    }

    /** The topic the options name, or null. */
    private KafkaInput kafkaTopic() {
        if (kafkaTopic == null) {
            return null;
        }
        try {
            KafkaInput topic = new KafkaInput(kafkaBootstrap, kafkaTopic, kafkaGroup, kafkaFollow);
            JobSettings.requireRunnable(topic, Duration.ofDays(outOfOrderDays));
            if (kafkaFollow && checkpointDir == null) {
                // the committed offsets alone lose the articles still waiting in the clustering state at a stop
                throw new IllegalArgumentException("--kafka-follow needs --checkpoint-dir: a followed job is "
                        + "stopped, not ended, and resumes with its state from there (--resume-from)");
            }
            return topic;
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    /**
     * Makes sure DIR is writable and holds no outputs of an earlier run, which the job would mix in,
     * unless the run resumes that earlier one.
     */
    private void prepare() {
        WritableDirectory.prepareFor(spec.commandLine(), "--out", out);
        if (resumeFrom != null) {
            // the resumed job finishes the part files its checkpoint left in the earlier run's DIR
            return;
        }
        for (String name : SitrepFlinkJob.OUTPUTS) {
            if (Files.exists(out.resolve(name))) {
                throw new ParameterException(spec.commandLine(), "--out " + out + " already holds " + name
                        + "/ from an earlier run; choose an empty directory");
            }
        }
    }

    /** E.g. {@code sitrep: 9 articles, 4 stories, 0 inputs failed -> out/{articles,stories,events,problems}/}. */
    private static String closingLine(long articles, long stories, int failed, Path dir) {
        return "sitrep: " + articles + (articles == 1 ? " article, " : " articles, ") + stories
                + (stories == 1 ? " story, " : " stories, ") + failed + (failed == 1 ? " input" : " inputs")
                + " failed -> " + dir.resolve("{" + String.join(",", SitrepFlinkJob.OUTPUTS) + "}") + "/";
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // only our own checkpoints in the temporary directory are left behind
        }
    }
}
