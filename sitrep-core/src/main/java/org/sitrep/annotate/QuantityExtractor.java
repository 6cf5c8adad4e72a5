package org.sitrep.annotate;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.sitrep.model.Capability;
import org.sitrep.model.Span;

/**
 * The annotation layer that finds numbers with their hedge and the thing they count: "more than a
 * dozen Turkish soldiers" is 12, {@link Qualifier#MORE_THAN}, bounds (12, +inf), counted "Turkish
 * soldiers", head {@code soldier}.
 *
 * <p>What it reads: numerals, number words, scale words and vague plurals (see
 * {@code NumberWords}); a qualifier phrase before the number ({@link #QUALIFIERS}); ranges ("10 to
 * 12", "10-12", "between 10 and 12"); units ({@code QuantityUnits}: currencies, percentages, areas,
 * lengths, time units); and the counted noun phrase after it, skipping "of its"/"of the" ("eight of
 * its soldiers") and "more" meaning additional ("five more troops" is exactly five).
 *
 * <p>Bounds: {@code EXACT} [v, v]; {@code ABOUT} and {@code NEARLY} by the config's tolerances;
 * {@code MORE_THAN} (v, +inf) and {@code FEWER_THAN} [0, v) have exclusive bounds stored as v, so
 * "more than 12" and "12" are {@link Quantity#compatibleWith compatible}, a deliberate leniency;
 * {@code AT_LEAST} [v, +inf]; {@code UP_TO} [0, v]; {@code RANGE} [a, b] with value the midpoint;
 * {@code VAGUE} plurals from a table with value the least they claim ("dozens" is 24 to 99).
 *
 * <p>Not quantities: numbers inside time expressions other than durations (years, dates, clock
 * times), ordinals, numbers inside names or hyphenated codes ("F-35", "S-400", "M5", "COVID-19"),
 * long digit runs ("ID 34879931"), numbers with a leading zero, untagged four-digit years, and
 * phone numbers. Durations with a number ("nearly 20 years", "two days") are quantities whose unit
 * is the time unit and which count nothing, so that "for nearly 20 years" and "for 19 years" can
 * be compared. "one" counts only when a noun follows it directly ("one soldier", not "one of").
 *
 * <p>Needs tokens with part of speech, lemmas, mentions and time expressions; gives quantities in
 * text order, each with its sentence index. Pure and thread-safe; linear in the number of tokens.
 */
public final class QuantityExtractor implements AnnotationLayer {

    /** Qualifier phrases before a number, longest first where one begins another. */
    static final List<Map.Entry<List<String>, Qualifier>> QUALIFIERS = List.of(
            q(Qualifier.MORE_THAN, "more", "than"), q(Qualifier.MORE_THAN, "in", "excess", "of"),
            q(Qualifier.MORE_THAN, "upwards", "of"), q(Qualifier.MORE_THAN, "just", "over"),
            q(Qualifier.MORE_THAN, "well", "over"), q(Qualifier.MORE_THAN, "greater", "than"),
            q(Qualifier.MORE_THAN, "over"), q(Qualifier.MORE_THAN, "above"),
            q(Qualifier.AT_LEAST, "at", "least"), q(Qualifier.AT_LEAST, "no", "fewer", "than"),
            q(Qualifier.AT_LEAST, "no", "less", "than"), q(Qualifier.AT_LEAST, "not", "less", "than"),
            q(Qualifier.AT_LEAST, "a", "minimum", "of"),
            q(Qualifier.UP_TO, "up", "to"), q(Qualifier.UP_TO, "as", "many", "as"), q(Qualifier.UP_TO, "as", "much", "as"),
            q(Qualifier.UP_TO, "at", "most"), q(Qualifier.UP_TO, "no", "more", "than"),
            q(Qualifier.UP_TO, "not", "more", "than"), q(Qualifier.UP_TO, "a", "maximum", "of"),
            q(Qualifier.NEARLY, "just", "under"), q(Qualifier.NEARLY, "close", "to"), q(Qualifier.NEARLY, "nearly"),
            q(Qualifier.NEARLY, "almost"), q(Qualifier.NEARLY, "approaching"), q(Qualifier.NEARLY, "just", "shy", "of"),
            q(Qualifier.FEWER_THAN, "fewer", "than"), q(Qualifier.FEWER_THAN, "less", "than"),
            q(Qualifier.FEWER_THAN, "under"), q(Qualifier.FEWER_THAN, "below"),
            q(Qualifier.ABOUT, "an", "estimated"), q(Qualifier.ABOUT, "more", "or", "less"),
            q(Qualifier.ABOUT, "about"), q(Qualifier.ABOUT, "around"), q(Qualifier.ABOUT, "some"),
            q(Qualifier.ABOUT, "roughly"), q(Qualifier.ABOUT, "approximately"), q(Qualifier.ABOUT, "estimated"),
            q(Qualifier.ABOUT, "circa"));

    /** Phrases after a number that turn it into a bound ("12 or more"). */
    private static final List<Map.Entry<List<String>, Qualifier>> TRAILING = List.of(
            q(Qualifier.AT_LEAST, "or", "more"), q(Qualifier.AT_LEAST, "and", "more"),
            q(Qualifier.AT_LEAST, "or", "over"), q(Qualifier.UP_TO, "or", "fewer"), q(Qualifier.UP_TO, "or", "less"));

    /** Words between two numbers that make a range. */
    private static final Set<String> RANGE_WORDS = Set.of("to", "-", "–", "or");
    /** Words after a number that mean "additional", not a bound ("five more troops"). */
    private static final Set<String> ADDITIONAL = Set.of("more", "additional", "extra", "further", "other");
    /** Determiners and possessives skipped after "of" ("eight of its soldiers"). */
    private static final Set<String> OF_DETERMINERS = Set.of("the", "its", "their", "his", "her", "our", "your",
            "these", "those", "whom", "which");
    private static final Set<String> MODIFIER_TAGS = Set.of("JJ", "JJR", "JJS", "VBN", "VBG", "NN", "NNS", "NNP",
            "NNPS", "HYPH");
    private static final Set<String> TIME_TYPES_NOT_COUNTED = Set.of("DATE", "TIME", "SET");
    private static final int YEAR_MIN = 1800;
    private static final int YEAR_MAX = 2100;
    /** Twelve significant digits: more than any reported figure has, fewer than a double's noise. */
    private static final java.math.MathContext SIGNIFICANT = new java.math.MathContext(12);

    private final QuantityExtractorConfig config;
    private final NumberWords numbers;

    public QuantityExtractor() {
        this(QuantityExtractorConfig.defaults());
    }

    public QuantityExtractor(QuantityExtractorConfig config) {
        this.config = Objects.requireNonNull(config, "config");
        this.numbers = new NumberWords(config.identifierDigits());
    }

    @Override
    public String name() {
        return "quantities";
    }

    @Override
    public Set<Capability> requires() {
        return EnumSet.of(Capability.TOKENS, Capability.SENTENCES, Capability.PART_OF_SPEECH, Capability.LEMMAS,
                Capability.ENTITY_MENTIONS, Capability.TIME_EXPRESSIONS);
    }

    @Override
    public Set<Capability> provides() {
        return EnumSet.of(Capability.QUANTITIES);
    }

    @Override
    public AnnotatedArticle apply(AnnotatedArticle article) {
        TokenView w = new TokenView(article);
        boolean[] blocked = blocked(article, w, true);
        boolean[] dates = blocked(article, w, false);
        List<Quantity> found = new ArrayList<>();
        int i = 0;
        while (i < w.size()) {
            String currency = QuantityUnits.currencyBefore(w, i);
            int start = currency != null && i + 1 < w.size() && w.glued(i) ? i + 1 : i;
            NumberWords.Parsed n = blocked[start] ? null : numbers.parse(w, start);
            if (n == null || !acceptable(w, n, blocked)) {
                i++;
                continue;
            }
            Quantity q = quantity(article, w, i, n, currency, blocked, dates);
            if (q != null) {
                found.add(q);
                i = Math.max(n.end(), indexAfter(w, q.span().end()));
            } else {
                i = n.end();
            }
        }
        return article.withQuantities(found);
    }

    private Quantity quantity(AnnotatedArticle a, TokenView w, int i, NumberWords.Parsed n, String currency,
            boolean[] blocked, boolean[] dates) {
        int first = currency != null ? i : n.first();
        int end = n.end();
        double value = n.value();
        double low = n.low();
        double high = n.high();
        Qualifier qualifier = n.vague() ? Qualifier.VAGUE : Qualifier.EXACT;

        NumberWords.Parsed second = rangeEnd(w, n, blocked);
        if (second != null) {
            end = second.end();
            low = n.value() * scaleOf(n, second);
            high = second.value();
            value = (low + high) / 2;
            qualifier = Qualifier.RANGE;
        }
        if (qualifier == Qualifier.RANGE && first > 0 && w.token(first - 1).word().equalsIgnoreCase("between")) {
            first--;
        }
        Map.Entry<List<String>, Qualifier> before = match(w, first, QUALIFIERS, true);
        if (before != null && qualifier != Qualifier.RANGE) {
            first -= before.getKey().size();
            qualifier = before.getValue();
            value = n.low();
        }
        String unit = currency;
        QuantityUnits.Found after = end < w.size() ? QuantityUnits.after(w, end) : null;
        if (after != null && (unit == null || unit.equals(after.unit()))) {
            unit = after.unit();
            end += after.tokens();
        }
        Map.Entry<List<String>, Qualifier> trailing = match(w, end, TRAILING, false);
        if (trailing != null && qualifier == Qualifier.EXACT) {
            qualifier = trailing.getValue();
            end += trailing.getKey().size();
        }
        if (qualifier != Qualifier.RANGE && qualifier != Qualifier.VAGUE) {
            double[] bounds = bounds(qualifier, value);
            low = bounds[0];
            high = bounds[1];
        }
        int[] counted = unit != null && QuantityUnits.isTimeUnit(unit) ? null : counted(w, end, dates);
        if (isUntaggedYear(w, n, unit, counted) || isClockTime(w, n, unit)) {
            return null;
        }
        // "Phase two", "Paragraph 3", "Day 12": a bare number right after a noun labels it
        if (unit == null && counted == null && qualifier == Qualifier.EXACT && n.first() > 0
                && w.token(n.first() - 1).isNoun() && w.sameLine(n.first() - 1, n.first())) {
            return null;
        }
        if (n.value() == 1 && n.end() - n.first() == 1 && counted == null && unit == null) {
            return null;
        }
        boolean one = w.token(n.first()).word().equalsIgnoreCase("one") && n.end() - n.first() == 1;
        if (one && unit == null && (counted == null || w.token(n.end()).word().equalsIgnoreCase("of"))) {
            return null;
        }
        Span span = w.span(first, end);
        Span countedSpan = counted == null ? null : w.span(counted[0], counted[1]);
        String head = counted == null ? null : head(w.token(counted[1] - 1));
        Sentence s = a.sentenceAt(span.start());
        return new Quantity(span, span.of(w.text()), value, low, high, qualifier, unit, countedSpan, head,
                s == null ? 0 : s.index());
    }

    /** The bounds a qualifier gives a stated value (see the class comment). */
    private double[] bounds(Qualifier qualifier, double v) {
        switch (qualifier) {
            case ABOUT:
                return new double[] {rounded(v * (1 - config.aboutTolerance())),
                    rounded(v * (1 + config.aboutTolerance()))};
            case NEARLY:
                return new double[] {rounded(v * (1 - config.nearlyTolerance())), v};
            case MORE_THAN:
            case AT_LEAST:
                return new double[] {v, Double.POSITIVE_INFINITY};
            case FEWER_THAN:
            case UP_TO:
                return new double[] {0, v};
            default:
                return new double[] {v, v};
        }
    }

    /** {@code x} to {@link #SIGNIFICANT} digits: 3.4 million plus 10 % is 3,740,000, not 3,740,000.0000000005. */
    private static double rounded(double x) {
        return new java.math.BigDecimal(x).round(SIGNIFICANT).doubleValue();
    }

    /** Whether the number may be a quantity at all: not part of a code, a date or an identifier. */
    private boolean acceptable(TokenView w, NumberWords.Parsed n, boolean[] blocked) {
        for (int k = n.first(); k < n.end(); k++) {
            if (blocked[k]) {
                return false;
            }
        }
        int first = n.first();
        int last = n.end() - 1;
        // "F-35", "S-400", "COVID-19": a hyphen glued between letters and the number
        if (first >= 2 && w.isGluedHyphen(first - 1) && hasLetter(w.token(first - 2).word())) {
            return false;
        }
        // "18-Feb-2020", "10-day", "two-day": a number glued by a hyphen to a word is a modifier or a code
        if (n.end() + 1 < w.size() && w.isGluedHyphen(n.end()) && hasLetter(w.token(n.end() + 1).word())
                && !isNumberWord(w, n.end() + 1)) {
            return false;
        }
        // "555-0100", "2-1": numbers glued by hyphens that make no range are codes, scores or phone numbers
        if (n.end() + 1 < w.size() && w.isGluedHyphen(n.end()) && isNumeral(w.token(n.end() + 1).word())
                && rangeEnd(w, n, blocked) == null) {
            return false;
        }
        if (first >= 2 && w.isGluedHyphen(first - 1) && isNumeral(w.token(first - 2).word())) {
            return false;
        }
        // a numeral glued to letters before it ("A320" split oddly, "No.5")
        if (first >= 1 && w.glued(first - 1) && hasLetter(w.token(first - 1).word())
                && QuantityUnits.currencyBefore(w, first - 1) == null) {
            return false;
        }
        // "ID 34879931", "Resolution 2254", "Boeing 737": a numeral right after a proper noun is part of a name
        return !(first >= 1 && w.token(first - 1).isProperNoun() && isNumeral(w.token(first).word())
                && w.sameLine(first - 1, first) && last == first);
    }

    private NumberWords.Parsed rangeEnd(TokenView w, NumberWords.Parsed n, boolean[] blocked) {
        int k = n.end();
        if (n.vague() || k + 1 >= w.size()) {
            return null;
        }
        String between = w.token(k).word().toLowerCase(Locale.ROOT);
        boolean betweenAnd = between.equals("and") && n.first() > 0
                && w.token(n.first() - 1).word().equalsIgnoreCase("between");
        if (!RANGE_WORDS.contains(between) && !betweenAnd) {
            return null;
        }
        if (between.equals("-") && !(w.glued(k - 1) && w.glued(k))) {
            return null;
        }
        if (blocked[k + 1]) {
            return null;
        }
        NumberWords.Parsed second = numbers.parse(w, k + 1);
        if (second == null || second.vague() || second.value() <= n.value() * scaleOf(n, second)) {
            return null;
        }
        return second;
    }

    /** "1 to 2 million": a scale written only after the second number applies to the first too. */
    private static double scaleOf(NumberWords.Parsed first, NumberWords.Parsed second) {
        boolean shared = first.scale() == 1 && second.scale() > 1 && first.value() * second.scale() < second.value();
        return shared ? second.scale() : 1;
    }

    /**
     * Token range {@code [first, end)} of the counted noun phrase from token {@code i}: modifiers
     * then nouns, after an optional "more"/"additional" and an optional "of" with its determiner;
     * null when no noun follows.
     */
    private int[] counted(TokenView w, int i, boolean[] dates) {
        int k = i;
        if (k < w.size() && ADDITIONAL.contains(w.token(k).word().toLowerCase(Locale.ROOT))) {
            k++;
        }
        if (k < w.size() && w.token(k).word().equalsIgnoreCase("of")) {
            k++;
            if (k < w.size() && OF_DETERMINERS.contains(w.token(k).word().toLowerCase(Locale.ROOT))) {
                k++;
            }
            if (k < w.size() && ADDITIONAL.contains(w.token(k).word().toLowerCase(Locale.ROOT))) {
                k++;
            }
        }
        int first = k;
        int lastNoun = -1;
        while (k < w.size() && k - first < config.maxCountedTokens() && !dates[k]
                && (k == first || w.sameLine(k - 1, k))) {
            Token t = w.token(k);
            boolean hyphenInside = t.pos().equals("HYPH") && w.isGluedHyphen(k);
            if (!MODIFIER_TAGS.contains(t.pos()) && !hyphenInside && !isDemonymAdjective(t)) {
                break;
            }
            if (t.isNoun() && isCountable(t)) {
                lastNoun = k;
            } else if (lastNoun >= 0 && !hyphenInside) {
                break;
            }
            k++;
        }
        if (lastNoun < 0) {
            return null;
        }
        return new int[] {first, lastNoun + 1};
    }

    /**
     * Tokens inside dates, times and sets; with {@code numbers} also the tokens that cannot be part of
     * a number: ordinals and names.
     */
    private static boolean[] blocked(AnnotatedArticle a, TokenView w, boolean numbers) {
        boolean[] blocked = new boolean[w.size()];
        for (TimeExpression t : a.times()) {
            if (TIME_TYPES_NOT_COUNTED.contains(t.type())) {
                mark(w, blocked, t.span());
            }
        }
        if (numbers) {
            for (int k = 0; k < w.size(); k++) {
                blocked[k] |= w.token(k).ner().equals("ORDINAL");
            }
            for (Mention m : a.mentions()) {
                mark(w, blocked, m.span());
            }
        }
        return blocked;
    }

    private static void mark(TokenView w, boolean[] blocked, Span span) {
        for (int k = 0; k < w.size(); k++) {
            if (w.token(k).span().overlaps(span)) {
                blocked[k] = true;
            }
        }
    }

    /**
     * A bare four-digit number between 1800 and 2100 that counts nothing is a year the tagger missed
     * ("©2020"), not a quantity.
     */
    private static boolean isUntaggedYear(TokenView w, NumberWords.Parsed n, String unit, int[] counted) {
        if (unit != null || counted != null || n.end() - n.first() != 1) {
            return false;
        }
        String word = w.token(n.first()).word();
        return word.length() == 4 && isNumeral(word) && n.value() >= YEAR_MIN && n.value() <= YEAR_MAX;
    }

    /** What follows a clock time the tagger missed ("4.10 p.m.", "9 am"). */
    private static final Set<String> DAY_HALVES = Set.of("a.m.", "p.m.", "am", "pm", "a.m", "p.m");

    /** A number right before "a.m." or "p.m." is a time of day, not a quantity. */
    private static boolean isClockTime(TokenView w, NumberWords.Parsed n, String unit) {
        return unit == null && n.end() < w.size() && w.sameLine(n.end() - 1, n.end())
                && DAY_HALVES.contains(w.token(n.end()).word().toLowerCase(Locale.ROOT));
    }

    /** The head noun's lemma: lower case for common nouns; "Turks" gives "Turk". */
    private static String head(Token t) {
        String lemma = t.lemma() == null || t.lemma().isEmpty() ? t.word() : t.lemma();
        if (t.pos().equals("NNPS") && lemma.equals(t.word()) && lemma.endsWith("s") && lemma.length() > 1) {
            return lemma.substring(0, lemma.length() - 1);
        }
        return t.pos().startsWith("NNP") ? lemma : lemma.toLowerCase(Locale.ROOT);
    }

    private static Map.Entry<List<String>, Qualifier> match(TokenView w, int at,
            List<Map.Entry<List<String>, Qualifier>> table, boolean before) {
        for (Map.Entry<List<String>, Qualifier> e : table) {
            List<String> words = e.getKey();
            int from = before ? at - words.size() : at;
            if (from < 0 || from + words.size() > w.size()) {
                continue;
            }
            boolean ok = true;
            for (int k = 0; k < words.size() && ok; k++) {
                ok = w.token(from + k).word().toLowerCase(Locale.ROOT).equals(words.get(k))
                        && (k == 0 || w.sameLine(from + k - 1, from + k));
            }
            if (ok && (before ? w.sameLine(at - 1, at) : true)) {
                return e;
            }
        }
        return null;
    }

    private static Map.Entry<List<String>, Qualifier> q(Qualifier qualifier, String... words) {
        return Map.entry(List.of(words), qualifier);
    }

    private boolean isNumberWord(TokenView w, int k) {
        return numbers.parse(w, k) != null;
    }

    /**
     * Whether a noun can be what a number counts: common nouns and plural proper nouns ("Turks")
     * can, a singular name ("Bloomberg", "Syria") cannot, unless it is a demonym ("Syrian").
     */
    private static boolean isCountable(Token t) {
        return !t.pos().equals("NNP") || isDemonymAdjective(t);
    }

    private static boolean isDemonymAdjective(Token t) {
        return t.ner().equals("MISC") || t.ner().equals("NATIONALITY");
    }

    private static boolean hasLetter(String s) {
        for (int k = 0; k < s.length(); k++) {
            if (Character.isLetter(s.charAt(k))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isNumeral(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (!Character.isDigit(c) && c != ',' && c != '.') {
                return false;
            }
        }
        return true;
    }

    private static int indexAfter(TokenView w, int offset) {
        int k = 0;
        while (k < w.size() && w.token(k).span().start() < offset) {
            k++;
        }
        return k;
    }
}
