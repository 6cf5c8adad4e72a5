package org.sitrep.eval.faithfulness;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.sitrep.annotate.SentenceEmbedder;
import org.sitrep.text.SurfaceFacts;

/**
 * Checks that what a Sitrep report writes is supported by what it cites. Reads a {@code report.json}
 * (DESIGN.md's contract) and, for every headline, summary sentence and timeline entry, tests each
 * citation: the span must lie inside its article's text, be close in meaning to the sentence
 * (sentence-embedding cosine at or above the threshold), and contain every figure the sentence writes
 * in digits and every capitalised word it has after its first word. A sentence is supported when all
 * its citations are and it has at least one. Separately, it counts sentences that give a value of a
 * {@code disagree} claim group from a span they cite without saying that sources differ.
 *
 * <p>Needs only the report and an embedder; thread-safe when the embedder is. Cost: one embedding per
 * written sentence and per cited span.
 */
public final class FaithfulnessCheck {

    /** The note Sitrep adds to a sentence with a disputed figure, and the mark of a cut sentence. */
    private static final Pattern NOTE = Pattern.compile("\\s*\\[sources differ[^\\]]*\\]");
    private static final String DISPUTED_MARK = "[sources differ";
    private static final String CUT_MARK = " …";
    /** Failures listed in full; the rest are only counted. */
    private static final int FAILURES_LISTED = 50;

    private static final ObjectMapper JSON = new ObjectMapper();

    private final SentenceEmbedder embedder;
    private final FaithfulnessConfig config;

    public FaithfulnessCheck(SentenceEmbedder embedder, FaithfulnessConfig config) {
        this.embedder = Objects.requireNonNull(embedder, "embedder");
        this.config = Objects.requireNonNull(config, "config");
    }

    /**
     * Checks the report read from {@code in}.
     *
     * @throws IOException when it is not JSON
     * @throws IllegalArgumentException when it lacks the contract's fields
     */
    public FaithfulnessResult check(InputStream in) throws IOException {
        JsonNode report = JSON.readTree(in);
        if (report == null || !report.path("articles").isArray() || !report.path("stories").isArray()) {
            throw new IllegalArgumentException("not a Sitrep report: it needs 'articles' and 'stories' lists");
        }
        Map<String, String> texts = new HashMap<>();
        for (JsonNode a : report.get("articles")) {
            texts.put(a.path("id").asText(), a.path("text").asText());
        }
        Map<String, int[]> counts = new LinkedHashMap<>();
        for (String kind : List.of("headline", "summary", "timeline")) {
            counts.put(kind, new int[2]);
        }
        List<String> failures = new ArrayList<>();
        int disputedAsFact = 0;
        for (JsonNode story : report.get("stories")) {
            String storyId = story.path("id").asText();
            List<Written> written = new ArrayList<>();
            if (!story.path("headline").isNull() && story.has("headline")) {
                written.add(new Written("headline", story.get("headline").asText(), story.path("headline_citations")));
            }
            for (JsonNode s : story.path("summary")) {
                written.add(new Written("summary", s.path("text").asText(), s.path("citations")));
            }
            for (JsonNode t : story.path("timeline")) {
                written.add(new Written("timeline", t.path("text").asText(), t.path("citations")));
            }
            for (Written w : written) {
                int[] c = counts.get(w.kind());
                c[0]++;
                String problem = problem(w, texts);
                if (problem == null) {
                    c[1]++;
                } else if (failures.size() < FAILURES_LISTED) {
                    failures.add(storyId + " " + w.kind() + ": '" + w.text() + "': " + problem);
                }
                if (statesDisputedAsFact(w, story.path("claims"))) {
                    disputedAsFact++;
                    if (failures.size() < FAILURES_LISTED) {
                        failures.add(storyId + " " + w.kind() + ": '" + w.text() + "': disputed figure stated as fact");
                    }
                }
            }
        }
        List<FaithfulnessResult.KindCount> kinds = new ArrayList<>();
        counts.forEach((k, c) -> kinds.add(new FaithfulnessResult.KindCount(k, c[0], c[1])));
        return new FaithfulnessResult(kinds, disputedAsFact, failures);
    }

    /** One sentence the report writes, with its citations as in the JSON. */
    private record Written(String kind, String text, JsonNode citations) {
        String claim() {
            String t = NOTE.matcher(text).replaceAll("");
            return t.endsWith(CUT_MARK) ? t.substring(0, t.length() - CUT_MARK.length()) : t;
        }
    }

    /** Why the sentence is not supported by its citations; null when it is. */
    private String problem(Written w, Map<String, String> texts) {
        if (!w.citations().isArray() || w.citations().isEmpty()) {
            return "no citation";
        }
        String claim = w.claim();
        Set<String> names = SurfaceFacts.names(claim);
        Set<String> figures = SurfaceFacts.figures(claim);
        List<String> spans = new ArrayList<>();
        for (JsonNode c : w.citations()) {
            String text = texts.get(c.path("article").asText());
            int start = c.path("start").asInt(-1);
            int end = c.path("end").asInt(-1);
            if (text == null) {
                return "cites unknown article " + c.path("article").asText();
            }
            if (start < 0 || end < start || end > text.length()) {
                return "span [" + start + ", " + end + ") outside article " + c.path("article").asText();
            }
            String span = text.substring(start, end);
            Set<String> missingNames = new java.util.LinkedHashSet<>(names);
            missingNames.removeAll(SurfaceFacts.words(span));
            Set<String> missingFigures = new java.util.LinkedHashSet<>(figures);
            missingFigures.removeAll(SurfaceFacts.figures(span));
            if (!missingNames.isEmpty() || !missingFigures.isEmpty()) {
                return "cited '" + span + "' lacks " + (missingNames.isEmpty() ? "" : "names " + missingNames + " ")
                        + (missingFigures.isEmpty() ? "" : "figures " + missingFigures);
            }
            spans.add(span);
        }
        List<String> all = new ArrayList<>(spans.size() + 1);
        all.add(claim);
        all.addAll(spans);
        var embeddings = embedder.embedAll(all);
        for (int i = 0; i < spans.size(); i++) {
            double cosine = embeddings.get(0).cosine(embeddings.get(i + 1));
            if (cosine < config.meaningThreshold()) {
                return String.format(java.util.Locale.ROOT, "cited '%s' is not close in meaning (cosine %.2f)", spans.get(i), cosine);
            }
        }
        return null;
    }

    /** True when the sentence gives a value of a disputed claim from a span it cites and does not say sources differ. */
    private static boolean statesDisputedAsFact(Written w, JsonNode claims) {
        if (w.text().contains(DISPUTED_MARK)) {
            return false;
        }
        Set<String> figures = SurfaceFacts.figures(w.claim());
        String folded = w.claim().toLowerCase(java.util.Locale.ROOT);
        for (JsonNode g : claims) {
            if (!"disagree".equals(g.path("verdict").asText())) {
                continue;
            }
            for (JsonNode v : g.path("values")) {
                for (JsonNode c : w.citations()) {
                    boolean inside = c.path("article").asText().equals(v.path("article").asText())
                            && v.path("start").asInt() >= c.path("start").asInt()
                            && v.path("end").asInt() <= c.path("end").asInt();
                    if (!inside) {
                        continue;
                    }
                    String valueText = v.path("text").asText();
                    Set<String> valueFigures = SurfaceFacts.figures(valueText);
                    boolean stated = valueFigures.isEmpty()
                            ? folded.contains(valueText.toLowerCase(java.util.Locale.ROOT))
                            : figures.containsAll(valueFigures);
                    if (stated) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
