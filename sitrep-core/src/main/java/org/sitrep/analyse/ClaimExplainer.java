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

    /** Most notes on look-alike quantities one explanation carries. */
    private static final int MAX_LOOK_ALIKES = 2;

    private final Story story;
    private final List<ClaimCandidate> all;
    private final double maxRatio;

    ClaimExplainer(Story story, List<ClaimCandidate> all, double maxRatio) {
        this.story = story;
        this.all = List.copyOf(all);
        this.maxRatio = maxRatio;
    }

    /**
     * The group with its verdict and explanation; {@code groups} and {@code labels} are all of the
     * story's groups, so that quantities that only look like this one can be told apart in words.
     */
    ClaimGroup explain(String quantity, List<ClaimCandidate> group, List<List<ClaimCandidate>> groups,
            List<String> labels) {
        List<ClaimCandidate> g = new ArrayList<>(group);
        List<ClaimValue> values = g.stream().map(ClaimCandidate::toValue).toList();
        Set<ArticleId> sources = new LinkedHashSet<>();
        for (ClaimCandidate c : g) {
            sources.add(story.sourceOf(c.article().id()));
        }
        Verdict verdict = verdictOf(g, sources.size());
        StringBuilder text = new StringBuilder(sentence(verdict, g));
        for (String note : partNotes(g)) {
            text.append(' ').append(note);
        }
        int looks = 0;
        for (int i = 0; i < groups.size() && looks < MAX_LOOK_ALIKES; i++) {
            String note = lookAlikeNote(g, groups.get(i));
            if (note != null) {
                text.append(' ').append(note);
                looks++;
            }
        }
        ClaimKey k = g.get(0).key();
        return new ClaimGroup(quantity, verdict, text.toString(), values,
                new CountedQuantity(k.kind(), k.country(), k.outcome(), k.unit()));
    }

    /** The smaller figures an article gives for the same thing as its main figure {@code c}. */
    private List<ClaimCandidate> partsOf(ClaimCandidate c) {
        List<ClaimCandidate> parts = new ArrayList<>();
        for (ClaimCandidate o : all) {
            if (!o.primary() && o.article() == c.article() && o.key().sameQuantityAs(c.key())
                    && o.quantity().value() < c.quantity().value()) {
                parts.add(o);
            }
        }
        return parts;
    }

    /** "Wire One gives 13 as 8 + 5." for every source whose parts add up to its total. */
    private List<String> partNotes(List<ClaimCandidate> g) {
        List<String> notes = new ArrayList<>();
        for (ClaimCandidate c : g) {
            List<ClaimCandidate> parts = partsOf(c);
            double sum = parts.stream().mapToDouble(p -> p.quantity().value()).sum();
            if (parts.size() >= 2 && sum == c.quantity().value()) {
                notes.add(label(c) + " gives " + format(sum) + " as " + parts.stream()
                        .map(p -> format(p.quantity().value())).collect(Collectors.joining(" + ")) + ".");
            }
        }
        return notes;
    }

    /** True when one figure is a part, or the sum of the parts, that the other figure's source gives. */
    private boolean partOf(ClaimCandidate a, ClaimCandidate b) {
        List<ClaimCandidate> parts = partsOf(b);
        double sum = parts.stream().mapToDouble(p -> p.quantity().value()).sum();
        return parts.stream().anyMatch(p -> p.quantity().value() == a.quantity().value())
                || (parts.size() >= 2 && sum == a.quantity().value());
    }

    /**
     * Why a group that counts something similar was not compared with this one: it covers another
     * time span, it is of another order of magnitude (an incident against a total), or it counts
     * another country's people. Null when the two are unrelated.
     */
    private String lookAlikeNote(List<ClaimCandidate> g, List<ClaimCandidate> other) {
        if (other == g || other.isEmpty() || !other.get(0).primary() || !g.get(0).primary()) {
            return null;
        }
        ClaimKey a = g.get(0).key();
        ClaimKey b = other.get(0).key();
        if (a.outcome().isEmpty() || !a.outcome().equals(b.outcome()) || !java.util.Objects.equals(a.unit(), b.unit())
                || !CountedKind.overlap(a.kind(), b.kind())) {
            return null;
        }
        ClaimCandidate x = g.get(0);
        ClaimCandidate y = other.get(0);
        String reason;
        if (a.country() != null && b.country() != null && !a.country().equals(b.country())) {
            reason = "it counts people of another country (" + a.country() + " vs " + b.country() + ")";
        } else if (a.scope() != null && b.scope() != null && !a.scope().overlaps(b.scope())) {
            reason = "it covers another time (" + a.scope().iso() + " vs " + b.scope().iso() + ")";
        } else {
            double lo = Math.min(x.quantity().value(), y.quantity().value());
            double hi = Math.max(x.quantity().value(), y.quantity().value());
            if (lo <= 0 || hi / lo <= maxRatio) {
                return null;
            }
            reason = "it is of another order (" + format(x.quantity().value()) + " vs " + format(y.quantity().value())
                    + "), so it likely counts something else, such as one incident against a total";
        }
        return "Not compared with " + label(y) + " " + quoted(y) + ": " + reason + ".";
    }

    private Verdict verdictOf(List<ClaimCandidate> g, int independentSources) {
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
                ClaimCandidate a = g.get(i);
                ClaimCandidate b = g.get(j);
                if (!a.quantity().compatibleWith(b.quantity()) && !partOf(a, b) && !partOf(b, a)) {
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
        Set<String> speakers = new LinkedHashSet<>();
        for (ClaimCandidate c : g) {
            if (c.speaker() != null) {
                speakers.add(c.speaker());
            }
        }
        if (speakers.size() > 1) {
            out.add("they come from different sources of the figure (" + String.join(" vs ", speakers) + ")");
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
