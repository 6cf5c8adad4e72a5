package org.sitrep.cluster;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.annotate.AnnotatedArticle;
import org.sitrep.annotate.TimeExpression;
import org.sitrep.annotate.Token;

/**
 * The specific figures and dates an article states, as strings clustering compares like names: what
 * tells one event from another of the same kind. Two earthquakes are both "earthquakes" that
 * "struck" and "killed"; one was magnitude 6.1 at 7:48 on a Sunday, the other 4.6 at 2:09 on a
 * Thursday. Reports of one event repeat such details; reports of a sibling event rarely share them.
 *
 * <p>Figures: numbers written with a fraction ("6.1", "0.98") or of at least {@link #MIN_WHOLE_FIGURE}
 * ("52", "14,000", "12th", "twelfth"); smaller whole numbers ("two leaders", "one dead") are common to
 * every story and left out. Times of day as written ("2:09"). Dates from the time expressions: a
 * year, a month or a day given in full, and a weekday ("on Tuesday"), which reports of one event
 * written in the same week repeat. Keys are prefixed ({@code #} figures, {@code @} dates and times) so
 * they never meet a name.
 *
 * <p>Needs tokens with parts of speech, the tagger's entity classes and normalized values (for
 * written-out numbers), and time expressions: without parts of speech nothing marks a word as a
 * figure, and none is given. Pure and thread-safe; linear in the tokens read.
 */
final class EventDetails {

    /** Whole numbers below this are too common to tell events apart. */
    static final double MIN_WHOLE_FIGURE = 10;

    private static final Pattern CLOCK = Pattern.compile("0?(\\d{1,2}):(\\d{2})");
    private static final Pattern FIGURE = Pattern.compile("\\d[\\d,]*(?:\\.\\d+)?");
    private static final Pattern NORMALIZED_NUMBER = Pattern.compile("[^\\d]*(\\d+(?:\\.\\d+)?)");
    private static final Pattern CALENDAR = Pattern.compile("\\d{4}(?:-\\d{2}(?:-\\d{2})?)?");
    private static final Pattern WEEKDAY = Pattern.compile("XXXX-WXX-([1-7]).*");

    private EventDetails() {
    }

    /** The detail keys of {@code a}'s first {@code maxTokens} tokens and its time expressions, repeats kept. */
    static List<String> of(AnnotatedArticle a, int maxTokens) {
        List<String> out = new ArrayList<>();
        List<Token> tokens = a.tokens();
        for (int i = 0; i < Math.min(maxTokens, tokens.size()); i++) {
            String key = figure(tokens.get(i));
            if (key != null) {
                out.add(key);
            }
        }
        for (TimeExpression t : a.times()) {
            String key = date(t);
            if (key != null) {
                out.add(key);
            }
        }
        return out;
    }

    /** The key of a figure or a time of day, or null for any other token. */
    static String figure(Token t) {
        String ner = t.ner() == null ? "" : t.ner();
        String word = t.word();
        Matcher clock = CLOCK.matcher(word);
        if (clock.matches()) {
            return "@" + Integer.parseInt(clock.group(1)) + ":" + clock.group(2);
        }
        if (ner.equals("DATE") || ner.equals("TIME") || ner.equals("DURATION") && !t.pos().equals("CD")) {
            // dates come from the time expressions; a duration's number is a figure ("26-year-old")
            return null;
        }
        double value;
        Matcher m = FIGURE.matcher(word);
        if (m.lookingAt() && (t.pos().equals("CD") || ner.equals("ORDINAL"))) {
            value = Double.parseDouble(m.group().replace(",", ""));
        } else if ((ner.equals("NUMBER") || ner.equals("ORDINAL")) && t.normalized() != null) {
            Matcher n = NORMALIZED_NUMBER.matcher(t.normalized());
            if (!n.lookingAt()) {
                return null;
            }
            value = Double.parseDouble(n.group(1));
        } else {
            return null;
        }
        if (value == Math.rint(value) && value < MIN_WHOLE_FIGURE) {
            return null;
        }
        return "#" + (value == Math.rint(value) && value < Long.MAX_VALUE ? Long.toString((long) value)
                : String.format(Locale.ROOT, "%s", value));
    }

    /** The key of a stated calendar date or weekday, or null for a relative or vague expression. */
    static String date(TimeExpression t) {
        if (t.timex() == null || !"DATE".equals(t.type()) && !"TIME".equals(t.type())) {
            return null;
        }
        String v = t.timex();
        if ("DATE".equals(t.type()) && CALENDAR.matcher(v).matches()) {
            return "@" + v;
        }
        Matcher w = WEEKDAY.matcher(v);
        return w.matches() ? "@wd" + w.group(1) : null;
    }
}
