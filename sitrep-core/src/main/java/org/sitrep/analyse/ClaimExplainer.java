package org.sitrep.analyse;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.sitrep.annotate.Qualifier;
import org.sitrep.cluster.Story;
import org.sitrep.model.ArticleId;
import org.sitrep.model.DateRange;

/**
 * Decides the verdict on one group of figures and writes the one-line explanation a reader sees:
 * which sources give which figure; for a disagreement the range, the most conservative figure (the
 * lowest, as conflict-event coders such as ACLED record fatalities), the latest report's figure, and
 * the likely reasons (different groups counted, reported at different times).
 */
final class ClaimExplainer {

    private static final DecimalFormat NUMBER = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT));

    private final Story story;

    ClaimExplainer(Story story) {
        this.story = story;
    }

    ClaimGroup explain(String quantity, List<ClaimCandidate> group) {
        List<ClaimCandidate> g = new ArrayList<>(group);
        List<ClaimValue> values = g.stream().map(ClaimCandidate::toValue).toList();
        Set<ArticleId> sources = new LinkedHashSet<>();
        for (ClaimCandidate c : g) {
            sources.add(story.sourceOf(c.article().id()));
        }
        Verdict verdict = verdictOf(g, sources.size());
        return new ClaimGroup(quantity, verdict, sentence(verdict, g), values);
    }

    private static Verdict verdictOf(List<ClaimCandidate> g, int independentSources) {
        if (independentSources < 2) {
            return Verdict.SINGLE;
        }
        // one figure, given exactly or as "about" it, or the same hedged figure everywhere ("dozens")
        boolean sameFigure = g.stream().map(c -> c.quantity().value()).distinct().count() == 1
                && (g.stream().allMatch(c -> c.quantity().qualifier() == Qualifier.EXACT
                        || c.quantity().qualifier() == Qualifier.ABOUT)
                || g.stream().map(c -> c.quantity().qualifier()).distinct().count() == 1);
        if (sameFigure) {
            return Verdict.AGREE;
        }
        for (int i = 0; i < g.size(); i++) {
            for (int j = i + 1; j < g.size(); j++) {
                if (!g.get(i).quantity().compatibleWith(g.get(j).quantity())) {
                    return Verdict.DISAGREE;
                }
            }
        }
        return Verdict.COMPATIBLE;
    }

    private String sentence(Verdict verdict, List<ClaimCandidate> g) {
        String who = g.stream().map(this::says).collect(Collectors.joining("; "));
        switch (verdict) {
            case SINGLE:
                return "Only " + label(g.get(0)) + " gives this figure: " + quoted(g.get(0)) + copiesNote(g) + ".";
            case AGREE:
                return "The sources agree: " + who + ".";
            case COMPATIBLE:
                return "The figures can all be true: " + who + ".";
            default:
                return "The sources differ: " + who + ". " + disagreementDetail(g);
        }
    }

    private String disagreementDetail(List<ClaimCandidate> g) {
        List<ClaimCandidate> exact = g.stream().filter(c -> Double.isFinite(c.quantity().high())).toList();
        List<ClaimCandidate> basis = exact.isEmpty() ? g : exact;
        double low = basis.stream().mapToDouble(c -> c.quantity().value()).min().orElse(0);
        double high = basis.stream().mapToDouble(c -> c.quantity().value()).max().orElse(0);
        StringBuilder sb = new StringBuilder();
        sb.append("Range ").append(format(low)).append('–').append(format(high))
                .append("; most conservative ").append(format(low));
        ClaimCandidate latest = g.stream()
                .filter(c -> c.article().article().published() != null)
                .max(Comparator.comparing((ClaimCandidate c) -> c.article().article().published()))
                .orElse(null);
        if (latest != null) {
            sb.append("; latest report (").append(label(latest)).append(", ")
                    .append(latest.article().article().published().iso()).append("): ")
                    .append(format(latest.quantity().value()));
        }
        List<String> reasons = reasons(g);
        if (!reasons.isEmpty()) {
            sb.append(". Possible reasons: ").append(String.join("; ", reasons));
        }
        return sb.append('.').toString();
    }

    /** Why sources may differ, as far as the text shows. */
    private static List<String> reasons(List<ClaimCandidate> g) {
        List<String> out = new ArrayList<>();
        Map<String, String> kinds = new LinkedHashMap<>();
        for (ClaimCandidate c : g) {
            kinds.putIfAbsent(c.key().kind(), c.countedWords());
        }
        if (kinds.size() > 1) {
            out.add("they count different groups (" + kinds.values().stream().map(w -> "“" + w + "”")
                    .collect(Collectors.joining(" vs ")) + ")");
        }
        Set<DateRange> dates = new LinkedHashSet<>();
        for (ClaimCandidate c : g) {
            if (c.article().article().published() != null) {
                dates.add(c.article().article().published());
            }
        }
        if (dates.size() > 1) {
            out.add("reported at different times, as a count may have risen");
        }
        return out;
    }

    private String says(ClaimCandidate c) {
        return label(c) + " " + quoted(c);
    }

    private String copiesNote(List<ClaimCandidate> g) {
        Set<String> copies = new LinkedHashSet<>();
        for (ClaimCandidate c : g) {
            if (!story.sourceOf(c.article().id()).equals(c.article().id())) {
                copies.add(label(c));
            }
        }
        return copies.isEmpty() ? "" : " (repeated by its copy in " + String.join(", ", copies) + ")";
    }

    private static String quoted(ClaimCandidate c) {
        return "“" + c.toValue().text() + "”";
    }

    private static String label(ClaimCandidate c) {
        return SourceLabel.of(c.article().article());
    }

    static String format(double v) {
        synchronized (NUMBER) {
            return NUMBER.format(v);
        }
    }
}
