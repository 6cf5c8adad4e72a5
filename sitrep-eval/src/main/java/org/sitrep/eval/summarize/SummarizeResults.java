package org.sitrep.eval.summarize;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.sitrep.eval.rouge.RougeConfig;
import org.sitrep.eval.rouge.RougeMeasure;
import org.sitrep.eval.rouge.RougeScore;

/**
 * The scores of one evaluation run: every system on every topic, with the ROUGE configuration and
 * the length limit, printable as Markdown tables.
 *
 * @param config how ROUGE was computed
 * @param systems one row per system, in the order they ran
 */
public record SummarizeResults(RougeConfig config, List<String> topics, List<SystemScores> systems,
        String lengthRule) {

    /** The usual length rule: the topic's mean reference length. */
    public static final String REFERENCE_LENGTH = "the topic's mean reference length";

    public SummarizeResults {
        Objects.requireNonNull(config, "config");
        topics = List.copyOf(topics);
        systems = List.copyOf(systems);
        Objects.requireNonNull(lengthRule, "lengthRule");
    }

    /** Results of summaries cut to {@link #REFERENCE_LENGTH}. */
    public SummarizeResults(RougeConfig config, List<String> topics, List<SystemScores> systems) {
        this(config, topics, systems, REFERENCE_LENGTH);
    }

    /** One system's scores per topic, and the words it wrote before the cut. */
    public record SystemScores(String system, List<TopicScore> topics) {
        public SystemScores {
            topics = List.copyOf(topics);
        }

        /** The mean F1 over topics of one measure. */
        public double meanF1(RougeMeasure m) {
            return topics.stream().mapToDouble(t -> t.scores().get(m).f1()).average().orElse(0);
        }
    }

    /** One system on one topic, with the summary as scored (after the cut). */
    public record TopicScore(String topic, int budget, int wordsWritten, Map<RougeMeasure, RougeScore> scores,
            String summary) {
        public TopicScore {
            scores = new EnumMap<>(scores);
            Objects.requireNonNull(summary, "summary");
        }
    }

    /** The row of the named system. */
    public SystemScores system(String name) {
        return systems.stream().filter(s -> s.system().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no system " + name));
    }

    /** Mean and per-topic tables in Markdown, headed by the configuration. */
    public String toMarkdown(String baselineForRatio) {
        return toMarkdown(baselineForRatio, true);
    }

    /** The mean table in Markdown, and the per-topic one if asked, headed by the configuration. */
    public String toMarkdown(String baselineForRatio, boolean perTopic) {
        StringBuilder out = new StringBuilder();
        out.append("ROUGE configuration: ").append(config.describe()).append(".\n");
        out.append("Length: every summary cut to ").append(lengthRule).append(" in white-space words before scoring.\n\n");
        SystemScores base = systems.stream().filter(s -> s.system().equals(baselineForRatio)).findFirst().orElse(null);
        out.append("| system | ROUGE-1 F1 | ROUGE-2 F1 | ROUGE-L F1 |")
                .append(base == null ? "" : " ROUGE-2 / " + shortName(baselineForRatio) + " |").append('\n');
        out.append("|---|---|---|---|").append(base == null ? "" : "---|").append('\n');
        for (SystemScores s : systems) {
            out.append("| ").append(s.system());
            for (RougeMeasure m : RougeMeasure.values()) {
                out.append(" | ").append(f(s.meanF1(m)));
            }
            if (base != null) {
                double b = base.meanF1(RougeMeasure.ROUGE_2);
                out.append(" | ").append(b == 0 ? "n/a" : String.format(Locale.ROOT, "%.2fx", s.meanF1(RougeMeasure.ROUGE_2) / b));
            }
            out.append(" |\n");
        }
        if (!perTopic) {
            return out.toString();
        }
        out.append("\nPer topic (F1; words = length written before the cut / limit):\n\n");
        out.append("| system | topic | ROUGE-1 | ROUGE-2 | ROUGE-L | words |\n|---|---|---|---|---|---|\n");
        for (SystemScores s : systems) {
            for (TopicScore t : s.topics()) {
                out.append("| ").append(s.system()).append(" | ").append(t.topic());
                for (RougeMeasure m : RougeMeasure.values()) {
                    out.append(" | ").append(f(t.scores().get(m).f1()));
                }
                out.append(" | ").append(t.wordsWritten()).append(" / ").append(t.budget()).append(" |\n");
            }
        }
        return out.toString();
    }

    /** The summaries one system wrote, per topic, as scored. */
    public String summariesOf(String system) {
        StringBuilder out = new StringBuilder();
        for (TopicScore t : system(system).topics()) {
            out.append("### ").append(system).append(", ").append(t.topic()).append("\n\n").append(t.summary()).append("\n\n");
        }
        return out.toString();
    }

    private static String shortName(String system) {
        int paren = system.indexOf(" (");
        return paren < 0 ? system : system.substring(0, paren);
    }

    private static String f(double v) {
        return String.format(Locale.ROOT, "%.4f", v);
    }
}
