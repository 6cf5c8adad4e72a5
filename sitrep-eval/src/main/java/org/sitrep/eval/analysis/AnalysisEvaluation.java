package org.sitrep.eval.analysis;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.sitrep.RunOptions;
import org.sitrep.Sitrep;
import org.sitrep.pipeline.ProblemSink;
import org.sitrep.pipeline.ProgressListener;
import org.sitrep.report.Report;

/**
 * Runs the pipeline on each gold case (a folder with {@code gold.json}) and scores its analysis:
 * the per-case scores and their sum. A case's articles are its folder, or the corpus its gold names
 * relative to the repository root.
 */
public final class AnalysisEvaluation {

    private final Sitrep sitrep;
    private final Path repositoryRoot;

    public AnalysisEvaluation(Sitrep sitrep, Path repositoryRoot) {
        this.sitrep = sitrep;
        this.repositoryRoot = repositoryRoot;
    }

    /** The cases under {@code dir}: every folder holding a {@code gold.json}, in name order. */
    public static List<Path> cases(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> Files.isRegularFile(p.resolve("gold.json"))).sorted().toList();
        }
    }

    /** Scores of each case, by case name, in order; the caller sums them with {@link AnalysisScore#plus}. */
    public Map<String, AnalysisScore> evaluate(List<Path> cases) throws IOException {
        Map<String, AnalysisScore> out = new LinkedHashMap<>();
        AnalysisScorer scorer = new AnalysisScorer();
        for (Path c : cases) {
            AnalysisGold gold = AnalysisGold.read(c.resolve("gold.json"));
            Path corpus = gold.corpus() == null ? c : repositoryRoot.resolve(gold.corpus());
            List<String> inputs = new ArrayList<>();
            try (Stream<Path> files = Files.list(corpus)) {
                files.filter(p -> !p.getFileName().toString().equals("gold.json")
                        && !p.getFileName().toString().equals("README.md")).sorted()
                        .forEach(p -> inputs.add(p.toString()));
            }
            Report report = sitrep.report(inputs, RunOptions.defaults(), ProgressListener.NONE, ProblemSink.IGNORE);
            out.put(c.getFileName().toString(), scorer.score(report, gold));
        }
        return out;
    }
}
