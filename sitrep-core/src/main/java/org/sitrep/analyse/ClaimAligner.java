package org.sitrep.analyse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.annotate.AnnotatedArticle;
import org.sitrep.annotate.Quantity;
import org.sitrep.annotate.Sentence;
import org.sitrep.annotate.TimeExpression;
import org.sitrep.annotate.Token;
import org.sitrep.model.ArticleId;
import org.sitrep.model.Capability;
import org.sitrep.model.DateRange;
import org.sitrep.model.Span;

/**
 * Lines up the numeric claims of a story's sources that count the same thing and gives a verdict.
 *
 * <p>A quantity with a counted noun becomes a claim keyed by what it counts ({@link ClaimKey}: kind,
 * country, outcome, unit, time scope). Within one article, the largest figure for a key is the
 * article's main figure and smaller ones are parts or other figures ("13 killed ... eight in the first
 * attack ... five in the second"). Main figures of different sources are grouped when their keys may
 * count the same thing, whatever their values, so a disagreement shows; other figures join a group
 * only when their values fit it. Copies of one source count once. Durations are not claims.
 *
 * <p>Pure and thread-safe; quadratic in the number of claims of one story.
 */
public final class ClaimAligner implements StoryAnalyser {

    private final ClaimAlignerConfig config;

    public ClaimAligner(ClaimAlignerConfig config) {
        this.config = Objects.requireNonNull(config, "config");
    }

    @Override
    public String name() {
        return "claims";
    }

    @Override
    public Set<Capability> requires() {
        return EnumSet.of(Capability.QUANTITIES, Capability.RESOLVED_DATES);
    }

    @Override
    public Set<Capability> provides() {
        return EnumSet.of(Capability.CLAIMS);
    }

    @Override
    public StoryAnalysis apply(StoryAnalysis analysis) {
        List<ClaimCandidate> candidates = new ArrayList<>();
        for (AnnotatedArticle a : analysis.story().articles()) {
            for (ClaimCandidate c : markSecondary(candidatesOf(a))) {
                // "three of the satellites" next to the same article's "five satellites" says nothing more
                if (c.primary() || !partitive(a, c.quantity())) {
                    candidates.add(c);
                }
            }
        }
        List<List<ClaimCandidate>> groups = new ArrayList<>();
        for (ClaimCandidate c : candidates) {
            List<ClaimCandidate> home = null;
            for (List<ClaimCandidate> g : groups) {
                if (fits(analysis, g, c)) {
                    home = g;
                    break;
                }
            }
            if (home == null) {
                groups.add(new ArrayList<>(List.of(c)));
            } else {
                home.add(c);
            }
        }
        ClaimExplainer explainer = new ClaimExplainer(analysis.story(), candidates, config.maxRatio());
        List<String> labels = groups.stream().map(this::label).toList();
        List<ClaimGroup> out = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            out.add(explainer.explain(labels.get(i), groups.get(i), groups, labels));
        }
        out.sort(Comparator.comparing((ClaimGroup g) -> readingOrder(g.verdict()))
                .thenComparing(g -> -g.values().stream().map(ClaimValue::article).distinct().count()));
        return analysis.withClaims(out);
    }

    /** Disagreements first: they are what a reader most needs to see. */
    private static int readingOrder(Verdict v) {
        switch (v) {
            case DISAGREE: return 0;
            case COMPATIBLE: return 1;
            case AGREE: return 2;
            default: return 3;
        }
    }

    /** True when candidate {@code c} belongs with group {@code g}. */
    private boolean fits(StoryAnalysis analysis, List<ClaimCandidate> g, ClaimCandidate c) {
        ArticleId source = analysis.story().sourceOf(c.article().id());
        boolean bothMain = c.primary() && g.get(0).primary();
        for (ClaimCandidate m : g) {
            if (!m.key().sameQuantityAs(c.key())) {
                return false;
            }
            if (analysis.story().sourceOf(m.article().id()).equals(source) && !m.article().id().equals(c.article().id())) {
                // a copy of a source already in the group: join only with the same figure
                if (m.quantity().value() != c.quantity().value()) {
                    return false;
                }
            } else if (m.article().id().equals(c.article().id())) {
                return false;
            }
            if (!bothMain && !m.quantity().compatibleWith(c.quantity())) {
                return false;
            }
            if (bothMain && !commensurate(m.quantity().value(), c.quantity().value())) {
                return false;
            }
            if (m.quantity().countedHead() == null && c.quantity().countedHead() == null
                    && !m.article().id().equals(c.article().id())
                    && java.util.Collections.disjoint(topicWords(m.article(), m.quantity()),
                            topicWords(c.article(), c.quantity()))) {
                // "7%" and "9%", "$400" and "$900" with nothing counted: the same thing only if the words
                // around them share one ("inflation", "border", "orbit")
                return false;
            }
        }
        return true;
    }

    /** "according to the regional government", "..., the coast guard said": who a figure is attributed to. */
    private static final Pattern ACCORDING_TO = Pattern.compile(
            "(?i)\\baccording to ((?:the )?[\\p{L}'’ .-]{2,60}?)(?=[,.;]|$)");

    /** Who the article attributes the figure to: the speaker of a quote or statement holding it, or null. */
    static String speakerOf(AnnotatedArticle a, Quantity q) {
        for (org.sitrep.annotate.Quote quote : a.quotes()) {
            if (quote.span().contains(q.span()) && quote.speakerText() != null) {
                return quote.speakerText();
            }
        }
        Sentence s = a.sentenceAt(q.span().start());
        if (s != null) {
            Matcher m = ACCORDING_TO.matcher(s.span().of(a.text()));
            if (m.find()) {
                return m.group(1).trim();
            }
        }
        return null;
    }

    /** True when two figures are close enough in size to be counts of one thing. */
    private boolean commensurate(double a, double b) {
        double low = Math.min(a, b);
        double high = Math.max(a, b);
        return low > 0 ? high / low <= config.maxRatio() : high == 0;
    }

    /** The claims one article makes, one per distinct key and value. */
    private List<ClaimCandidate> candidatesOf(AnnotatedArticle a) {
        List<ClaimCandidate> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Quantity q : a.quantities()) {
            if (!q.span().fits(a.text().length())) {
                continue;
            }
            String head = q.countedHead();
            boolean toll = head == null && q.unit() == null && tollBefore(a, q);
            if (toll) {
                // "the death toll rose to 34": the number counts the dead though no noun follows it
                head = "people";
            }
            if (head == null && q.unit() == null) {
                continue;
            }
            if ((head != null && CountedKind.isTimeUnit(head)) || (q.unit() != null && CountedKind.isTimeUnit(q.unit()))) {
                continue;
            }
            String countedWords = q.counted() != null && q.counted().fits(a.text().length())
                    ? q.counted().of(a.text()) : head == null ? "" : head;
            ClaimKey key = keyOf(a, q, head, countedWords);
            if (toll) {
                key = new ClaimKey(key.kind(), key.country(), "killed", key.unit(), key.scope());
            }
            boolean trivial = q.qualifier() == org.sitrep.annotate.Qualifier.EXACT && q.value() < config.minCount()
                    && !(CountedKind.isPeople(key.kind()) && !key.outcome().isEmpty());
            if (trivial) {
                continue;
            }
            if (key.outcome().isEmpty() && partitive(a, q)) {
                q = atLeast(q);
            }
            if (seen.add(key + "|" + q.value() + "|" + q.qualifier())) {
                out.add(new ClaimCandidate(a, q, key, countedWords, true, speakerOf(a, q)));
            }
        }
        return out;
    }

    /** What stands between a number and its counted words when it counts part of a set the text names. */
    private static final Pattern PARTITIVE = Pattern.compile("(?i)\\s*of\\s+(?:the|these|those)\\s+");

    /**
     * True for "three of the satellites": a part of satellites the text counts or names elsewhere, not
     * their number. ("Eight of its soldiers" is not: it counts the army's soldiers something happened to.)
     */
    private static boolean partitive(AnnotatedArticle a, Quantity q) {
        Span counted = q.counted();
        return counted != null && counted.fits(a.text().length()) && counted.start() >= q.span().end()
                && PARTITIVE.matcher(a.text().substring(q.span().end(), counted.start())).matches();
    }

    /** What a part says of the whole: at least as many. */
    private static Quantity atLeast(Quantity q) {
        return new Quantity(q.span(), q.text(), q.value(), q.value(), Double.POSITIVE_INFINITY,
                org.sitrep.annotate.Qualifier.AT_LEAST, q.unit(), q.counted(), q.countedHead(), q.sentence());
    }

    /** Words before a bare number that say it counts the dead ("the death toll rose to 34"). */
    private static final java.util.regex.Pattern TOLL = java.util.regex.Pattern.compile(
            "(?i)\\b(death toll|toll|number of (?:the )?dead|dead)\\b[^.;:]{0,80}$");

    private static boolean tollBefore(AnnotatedArticle a, Quantity q) {
        Sentence s = a.sentenceAt(q.span().start());
        if (s == null || q.qualifier() == org.sitrep.annotate.Qualifier.RANGE) {
            return false;
        }
        return TOLL.matcher(a.text().substring(s.span().start(), q.span().start())).find();
    }

    /** Within one article, keeps the largest figure per key as main and marks the others secondary. */
    private static List<ClaimCandidate> markSecondary(List<ClaimCandidate> inArticle) {
        List<ClaimCandidate> out = new ArrayList<>(inArticle);
        for (int i = 0; i < out.size(); i++) {
            for (int j = 0; j < out.size(); j++) {
                ClaimCandidate a = out.get(i);
                ClaimCandidate b = out.get(j);
                if (i != j && a.primary() && b.primary() && a.key().sameQuantityAs(b.key())
                        && (b.quantity().value() > a.quantity().value()
                        || (b.quantity().value() == a.quantity().value() && j < i))) {
                    out.set(i, a.asSecondaryTo(b));
                }
            }
        }
        return out;
    }

    private ClaimKey keyOf(AnnotatedArticle a, Quantity q, String head, String countedWords) {
        String country = null;
        boolean demonymHead = false;
        if (head != null) {
            Optional<String> headCountry = config.countries().countryOf(lastWord(countedWords));
            if (headCountry.isPresent() && !lastWord(countedWords).isEmpty()) {
                country = headCountry.get();
                demonymHead = true;
            }
        }
        if (country == null) {
            for (String w : countedWords.split("[\\s-]+")) {
                Optional<String> c = w.isEmpty() ? Optional.empty() : config.countries().countryOf(w);
                if (c.isPresent()) {
                    country = c.get();
                    break;
                }
            }
        }
        String kind = head != null ? CountedKind.of(head, demonymHead, countedWords) : q.unit();
        String outcome = outcomeNear(a, q);
        if (ClaimAlignerConfig.PEOPLE_OUTCOMES.contains(outcome)
                && (head == null || !CountedKind.isPeople(kind) && countsThings(head, countedWords))) {
            // "about 520 kilometres" is no one detained, nor "five satellites" released
            outcome = "";
        }
        return new ClaimKey(kind, country, outcome, q.unit(), scopeOf(a, q));
    }

    /** True when the counted noun, as lemma or as written, is known to name things, not living beings. */
    private boolean countsThings(String head, String countedWords) {
        NounAnimacy.Animacy byLemma = config.animacy().of(head);
        return byLemma == NounAnimacy.Animacy.INANIMATE
                || (byLemma == NounAnimacy.Animacy.UNKNOWN
                        && config.animacy().of(lastWord(countedWords)) == NounAnimacy.Animacy.INANIMATE);
    }

    /** The outcome word nearest to the number in its sentence, or "" when none is near. */
    private String outcomeNear(AnnotatedArticle a, Quantity q) {
        Sentence s = a.sentenceAt(q.span().start());
        if (s == null) {
            return "";
        }
        List<Token> tokens = a.tokensOf(s);
        int at = numberAt(tokens, q);
        String best = "";
        int bestDistance = Integer.MAX_VALUE;
        for (int i = Math.max(0, at - config.outcomeWindow()); i < Math.min(tokens.size(), at + config.outcomeWindow() + 1);
                i++) {
            Token t = tokens.get(i);
            if (q.span().contains(t.span())) {
                continue;
            }
            String outcome = config.outcomes().get(t.word().toLowerCase(Locale.ROOT));
            if (outcome == null) {
                outcome = config.outcomes().get(t.lemma().toLowerCase(Locale.ROOT));
            }
            if (outcome != null && t.pos().startsWith("NN") && VERB_ONLY.contains(t.lemma().toLowerCase(Locale.ROOT))) {
                // "ground stations", "a host of", "mass graves": the noun reports nothing done to the counted
                outcome = null;
            }
            // in tokens, doubled so that an outcome said of the counted people themselves ("23 workers who
            // were trapped", "112 people were rescued") wins a tie with one said of others ("Rescuers reached")
            int distance = 2 * Math.abs(i - at) - (i > at && boundAfter(tokens, at, i) ? 1 : 0);
            if (outcome != null && i < at && clauseBetween(tokens, i, at)) {
                // "stationed there after eight soldiers were killed": the earlier verb is another clause's
                continue;
            }
            if (outcome != null && distance < bestDistance) {
                best = outcome;
                bestDistance = distance;
            }
        }
        return best;
    }

    /** Outcome words whose noun means something else than the verb ("stationed troops", "ground stations"). */
    private static final Set<String> VERB_ONLY = Set.of("station", "mass", "host");

    /** Index in its sentence's {@code tokens} of the last token starting at or before the figure. */
    private static int numberAt(List<Token> tokens, Quantity q) {
        int at = 0;
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).span().start() <= q.span().start()) {
                at = i;
            }
        }
        return at;
    }

    /** Words near any figure that say nothing of what it measures. */
    private static final Set<String> EMPTY_TOPIC_WORDS = Set.of("be", "have", "do", "say", "tell", "make", "get",
            "go", "take", "give", "include", "according", "about", "more", "less", "than", "total", "number");

    /**
     * Lower-case lemmas of the nouns, verbs and adjectives within the outcome window of a figure, in its
     * sentence, outside the figure itself: what a figure with a unit and no counted noun measures.
     */
    private Set<String> topicWords(AnnotatedArticle a, Quantity q) {
        Sentence s = a.sentenceAt(q.span().start());
        if (s == null) {
            return Set.of();
        }
        List<Token> tokens = a.tokensOf(s);
        int at = numberAt(tokens, q);
        Set<String> words = new HashSet<>();
        int window = config.outcomeWindow();
        for (int i = Math.max(0, at - window); i < Math.min(tokens.size(), at + window + 1); i++) {
            Token t = tokens.get(i);
            String lemma = (t.lemma() == null || t.lemma().isEmpty() ? t.word() : t.lemma()).toLowerCase(Locale.ROOT);
            if (!q.span().contains(t.span()) && (t.isNoun() || t.isVerb() || t.pos().startsWith("JJ"))
                    && lemma.length() > 2 && lemma.chars().allMatch(Character::isLetter)
                    && !EMPTY_TOPIC_WORDS.contains(lemma)) {
                words.add(lemma);
            }
        }
        return words;
    }

    /** Words that tie a later verb to the counted noun before it: a relative pronoun or a passive auxiliary. */
    private static final Set<String> BINDING_WORDS = Set.of("who", "that", "which", "were", "was", "been", "are", "is");

    private static boolean boundAfter(List<Token> tokens, int number, int verb) {
        boolean bound = false;
        for (int k = number + 1; k < verb; k++) {
            String w = tokens.get(k).word().toLowerCase(Locale.ROOT);
            if (CLAUSE_WORDS.contains(w)) {
                return false;
            }
            bound |= BINDING_WORDS.contains(w);
        }
        return bound;
    }

    /** Words that end one clause and open another between an earlier verb and a number. */
    private static final Set<String> CLAUSE_WORDS = Set.of("after", "before", "when", "while", "as", "since",
            "because", "and", "but", "until", ",", ";", ":");

    private static boolean clauseBetween(List<Token> tokens, int from, int to) {
        for (int k = from + 1; k < to; k++) {
            if (CLAUSE_WORDS.contains(tokens.get(k).word().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** The time span the number's sentence says the count covers, if it says one; null when none. */
    private static DateRange scopeOf(AnnotatedArticle a, Quantity q) {
        Sentence s = a.sentenceAt(q.span().start());
        TimeExpression t = s == null ? null : SentenceDates.nearest(a, s.span(), q.span().start());
        if (t == null) {
            return null;
        }
        // a single day or week dates the event or the report ("killed 31 on Sunday", "rose to 34 on
        // Monday"); the span a count covers is a month or more, or runs "since" a date
        boolean coarse = t.resolved().precision().ordinal() >= org.sitrep.model.DatePrecision.MONTH.ordinal();
        boolean since = a.text().substring(Math.max(0, t.span().start() - 6), t.span().start()).toLowerCase(Locale.ROOT)
                .contains("since") || t.text().toLowerCase(Locale.ROOT).startsWith("since");
        return coarse || since ? t.resolved() : null;
    }

    /** The group's name: the most specific counted words used, and the outcome ("Turkish soldiers killed"). */
    private String label(List<ClaimCandidate> g) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (ClaimCandidate c : g) {
            String words = c.countedWords().isBlank() ? c.key().kind() : c.countedWords();
            counts.merge(cleanWords(words), 1, Integer::sum);
        }
        String words = counts.entrySet().stream()
                .max(Comparator.comparing((Map.Entry<String, Integer> e) -> e.getValue())
                        .thenComparing(e -> e.getKey().split(" ").length))
                .map(Map.Entry::getKey).orElse(g.get(0).key().kind());
        String outcome = g.get(0).key().outcome();
        boolean saysOutcome = outcome.isEmpty() || g.get(0).countedWords().toLowerCase(Locale.ROOT).matches(
                ".*\\b(" + outcomeWordsFor(outcome) + ")\\b.*");
        String label = saysOutcome ? words : words + " " + outcome;
        boolean part = g.stream().noneMatch(ClaimCandidate::primary);
        return part && ClaimAlignerConfig.EVENT_OUTCOMES.contains(outcome) ? label + " (one incident or part of a total)"
                : label;
    }

    /** The words that report {@code outcome}, as a regular-expression alternation. */
    private String outcomeWordsFor(String outcome) {
        return config.outcomes().entrySet().stream().filter(e -> e.getValue().equals(outcome))
                .map(Map.Entry::getKey).collect(java.util.stream.Collectors.joining("|"));
    }

    private static String cleanWords(String words) {
        String w = words.trim().replaceAll("^(?i)(of\\s+)?(its|their|the|his|her)\\s+", "");
        return w.isEmpty() ? words.trim() : w;
    }

    private static String lastWord(String words) {
        String[] parts = words.trim().split("\\s+");
        return parts.length == 0 ? "" : parts[parts.length - 1];
    }

}
