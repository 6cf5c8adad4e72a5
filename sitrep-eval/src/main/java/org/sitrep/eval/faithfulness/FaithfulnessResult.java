package org.sitrep.eval.faithfulness;

import java.util.List;
import java.util.Locale;

/**
 * What {@link FaithfulnessCheck} found in one report: per kind of written sentence (headline,
 * summary, timeline), how many there are and how many their citations support; how many state a
 * disputed figure as fact; and the first failures with their reasons.
 */
public record FaithfulnessResult(List<KindCount> kinds, int disputedStatedAsFact, List<String> failures) {

    public FaithfulnessResult {
        kinds = List.copyOf(kinds);
        failures = List.copyOf(failures);
    }

    /** Sentences of one kind and how many are supported. */
    public record KindCount(String kind, int sentences, int supported) {
        public double share() {
            return sentences == 0 ? 1 : supported / (double) sentences;
        }
    }

    public int sentences() {
        return kinds.stream().mapToInt(KindCount::sentences).sum();
    }

    public int supported() {
        return kinds.stream().mapToInt(KindCount::supported).sum();
    }

    /** Share of all written sentences that are supported; 1 when there are none. */
    public double share() {
        return sentences() == 0 ? 1 : supported() / (double) sentences();
    }

    /** A Markdown table of the counts, then the failures. */
    public String toMarkdown() {
        StringBuilder out = new StringBuilder("| sentences | written | supported | share |\n|---|---|---|---|\n");
        for (KindCount k : kinds) {
            out.append(String.format(Locale.ROOT, "| %s | %d | %d | %.1f%% |%n", k.kind(), k.sentences(), k.supported(),
                    100 * k.share()));
        }
        out.append(String.format(Locale.ROOT, "| all | %d | %d | %.1f%% |%n", sentences(), supported(), 100 * share()));
        out.append("\nDisputed figures stated as fact: ").append(disputedStatedAsFact).append('\n');
        for (String f : failures) {
            out.append("- ").append(f).append('\n');
        }
        return out.toString();
    }
}
