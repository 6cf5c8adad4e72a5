package org.sitrep.annotate;

import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.Capability;
import org.sitrep.model.DateRange;

/**
 * The annotation layer that resolves time expressions to calendar dates against the article's
 * published date, each with a precision (day, week, month, quarter, year) and a {@code basis} that
 * says how ("weekday in a past-tense clause: the latest Tuesday on or before 2020-02-18").
 *
 * <p>The tagger's own normalisation is trusted only for absolute expressions (those that name a
 * year, or a numeric date). Relative ones are worked out from their wording and the tense of their
 * clause (see {@link Tense}): a weekday, "the weekend", a month or a season named in a past-tense
 * clause is the latest one up to the article date, in a future-tense clause the next one; "last
 * week" is the ISO week before the article's, "earlier this month" the article's month up to its
 * day; "late 2018" is 2018 with "late" noted. The rules are the ordered table in
 * {@code DateRules}.
 *
 * <p>Relative expressions need an article date at least as fine as themselves: with an article
 * dated only to a year, "on Tuesday" and "last week" stay unresolved ({@code resolved} null) with a
 * basis that says why, while "in 2018" still resolves. Durations ("two days") and sets ("every
 * week") are never dates.
 *
 * <p>Needs time expressions, and tokens with part of speech for the tense (without tokens every
 * clause reads as {@link DateResolverConfig#presentAs()}); gives the same expressions with
 * {@code resolved} and {@code basis} set. Pure and thread-safe; a few regular expressions per
 * expression.
 */
public final class DateResolver implements AnnotationLayer {

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern TODAY = Pattern.compile("\\btoday\\b", Pattern.CASE_INSENSITIVE);
    private static final Set<String> NOT_DATES = Set.of("DURATION", "SET");

    private final DateResolverConfig config;

    public DateResolver() {
        this(DateResolverConfig.defaults());
    }

    public DateResolver(DateResolverConfig config) {
        this.config = Objects.requireNonNull(config, "config");
    }

    @Override
    public String name() {
        return "dates";
    }

    @Override
    public Set<Capability> requires() {
        return EnumSet.of(Capability.TIME_EXPRESSIONS, Capability.TOKENS, Capability.SENTENCES,
                Capability.PART_OF_SPEECH);
    }

    @Override
    public Set<Capability> provides() {
        return EnumSet.of(Capability.RESOLVED_DATES);
    }

    @Override
    public AnnotatedArticle apply(AnnotatedArticle article) {
        DateRange published = article.article().published();
        List<TimeExpression> out = new ArrayList<>(article.times().size());
        for (TimeExpression t : article.times()) {
            Sentence s = t.span().fits(article.text().length()) ? article.sentenceAt(t.span().start()) : null;
            Tense tense = Tense.PRESENT;
            boolean today = false;
            if (s != null && s.endToken() <= article.tokens().size()) {
                List<Token> tokens = article.tokensOf(s);
                int from = 0;
                while (from < tokens.size() && tokens.get(from).span().end() <= t.span().start()) {
                    from++;
                }
                int to = from;
                while (to < tokens.size() && tokens.get(to).span().start() < t.span().end()) {
                    to++;
                }
                tense = Tense.around(tokens, from, to);
                today = TODAY.matcher(s.span().of(article.text())).find();
            }
            out.add(resolve(t, published, tense, today));
        }
        return article.withTimes(out);
    }

    /**
     * Resolves one expression.
     *
     * @param published the article's published date, possibly coarser than a day, or null
     * @param tense the tense of the expression's clause; {@code PRESENT} is read as
     *     {@link DateResolverConfig#presentAs()}
     * @param sentenceSaysToday whether the expression's sentence contains "today"
     * @return a copy with {@code resolved} (null when it cannot be resolved) and {@code basis} set
     */
    public TimeExpression resolve(TimeExpression t, DateRange published, Tense tense, boolean sentenceSaysToday) {
        String type = t.type().toUpperCase(Locale.ROOT);
        if (NOT_DATES.contains(type)) {
            return t.withResolved(null, type.equals("SET")
                    ? "a set is a recurring time, not a date" : "a duration is a length of time, not a date");
        }
        Tense reading = tense == Tense.PRESENT ? config.presentAs() : tense;
        String text = SPACES.matcher(t.text().toLowerCase(Locale.ROOT).replace('’', '\'')).replaceAll(" ").strip();
        DateContext context = new DateContext(text, type, t.timex(), published, reading, sentenceSaysToday, config);
        for (DateRule rule : DateRules.ORDERED) {
            Matcher m = rule.pattern().matcher(text);
            if (m.find()) {
                try {
                    DateRule.Result r = rule.resolve().apply(m, context);
                    return t.withResolved(r.range(), r.basis());
                } catch (DateTimeException | IllegalArgumentException e) {
                    return t.withResolved(null, rule.name() + ": no such date (" + e.getMessage() + ")");
                }
            }
        }
        return t.withResolved(null, "no rule for this wording; the tagger's value "
                + (t.timex() == null ? "(none)" : "'" + t.timex() + "'") + " is not trusted for relative dates");
    }
}
