package org.sitrep.flink;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.sitrep.report.EventExport;

/**
 * What a finished run of the job left in its output directory, read back from the committed part
 * files (Flink names in-progress files with a leading dot; those are not counted): the article and
 * story objects, the event rows without their headers, the recurring-claim objects in the order the
 * job found them, and the problem lines. For the CLI's summary
 * and for tests; reads everything into memory, so meant for local runs.
 */
public record JobOutputs(List<JsonNode> articles, List<JsonNode> stories, List<String> eventRows,
        List<JsonNode> recurringClaims, List<String> problems) {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    public JobOutputs {
        articles = List.copyOf(articles);
        stories = List.copyOf(stories);
        eventRows = List.copyOf(eventRows);
        recurringClaims = List.copyOf(recurringClaims);
        problems = List.copyOf(problems);
    }

    /** The outputs under {@code out} (a local directory). */
    public static JobOutputs read(Path out) {
        String header = String.join(",", EventExport.COLUMNS);
        return new JobOutputs(json(out, SitrepFlinkJob.ARTICLES), json(out, SitrepFlinkJob.STORIES),
                lines(out, SitrepFlinkJob.EVENTS).stream().filter(l -> !l.equals(header)).toList(),
                json(out, SitrepFlinkJob.RECURRING_CLAIMS), lines(out, SitrepFlinkJob.PROBLEMS));
    }

    /** Every line of every committed part file of {@code out/name}, files in name order. */
    public static List<String> lines(Path out, String name) {
        Path dir = out.resolve(name);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<String> lines = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(f -> !f.getFileName().toString().startsWith(".")).sorted().toList()) {
                lines.addAll(Files.readAllLines(f, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the job's " + name + " in " + out, e);
        }
        return lines;
    }

    private static List<JsonNode> json(Path out, String name) {
        List<JsonNode> nodes = new ArrayList<>();
        for (String line : lines(out, name)) {
            try {
                nodes.add(MAPPER.readTree(line));
            } catch (IOException e) {
                throw new UncheckedIOException("a line of the job's " + name + " in " + out + " is not JSON", e);
            }
        }
        return nodes;
    }
}
