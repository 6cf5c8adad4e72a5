package org.sitrep.app;

import java.time.LocalDate;
import java.util.List;
import org.sitrep.RunOptions;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/**
 * The inputs and options every command that runs the pipeline shares (the INPUT arguments,
 * {@code --date}, {@code --threads}, {@code --quiet}), mixed into each command by picocli. Filled in
 * by the parser, then read only.
 */
public final class PipelineOptions {

    @Parameters(arity = "1..*", paramLabel = "INPUT",
            description = {"Files or directories (read recursively), or - for standard input.",
                "Reads .txt, .html, .jsonl, .warc and .warc.gz files."})
    List<String> inputs;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", converter = IsoDateConverter.class,
            description = "Published date for articles that give none. Never overrides a date an article gives.")
    LocalDate date;

    @Option(names = "--threads", paramLabel = "N",
            description = "Worker threads for extraction, annotation and analysis (default: one per core, ${DEFAULT-VALUE}).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = {"-q", "--quiet"},
            description = "Show no progress. Problems and the closing line are still printed.")
    boolean quiet;

    /** The run options these flags ask for. */
    RunOptions runOptions() {
        return new RunOptions(date);
    }

    /** Refuses values the parser accepts but the pipeline cannot use, as a usage error. */
    void validate(CommandLine command) {
        if (threads < 1) {
            throw new ParameterException(command, "--threads must be at least 1, got " + threads);
        }
    }
}
