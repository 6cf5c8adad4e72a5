package org.sitrep.nlp;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.annotate.AnnotatedArticle;
import org.sitrep.annotate.Mention;
import org.sitrep.annotate.Quantity;
import org.sitrep.annotate.Quote;
import org.sitrep.annotate.TimeExpression;
import org.sitrep.model.DateRange;

/**
 * Test fixture: an annotated article as readable JSON for golden files, one line per mention, time,
 * quantity and quote, so a diff of an expected file reads as a list of changed annotations. Only
 * what Sitrep decides is shown, not SUTime's raw TIMEX value, which is not stable. Also
 * parses the golden inputs' first line ({@code date: 2020-02-18}, {@code date: 2020-02},
 * {@code date: 2020} or {@code date: none}).
 */
final class AnnotationView {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** One array element per line, "\n" line ends on every platform, so diffs read line by line. */
    private static final DefaultPrettyPrinter PRINTER = new DefaultPrettyPrinter()
            .withArrayIndenter(new DefaultIndenter("  ", "\n"))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"));
    private static final String DATE_PREFIX = "date:";

    private AnnotationView() {
    }

    /** The published date a golden input's first line states. */
    static DateRange parseDateLine(String line) {
        if (!line.startsWith(DATE_PREFIX)) {
            throw new IllegalArgumentException("golden input must start with 'date: ...', got: " + line);
        }
        String v = line.substring(DATE_PREFIX.length()).strip();
        if (v.equals("none")) {
            return null;
        }
        switch (v.length()) {
            case 4:
                return DateRange.year(Integer.parseInt(v));
            case 7:
                return DateRange.month(YearMonth.parse(v));
            default:
                return DateRange.day(LocalDate.parse(v));
        }
    }

    static String render(AnnotatedArticle a) {
        String text = a.text();
        Map<String, Object> out = new LinkedHashMap<>();
        DateRange published = a.article().published();
        out.put("published", published == null ? null : published.iso());
        List<String> mentions = new ArrayList<>();
        for (Mention m : a.mentions()) {
            mentions.add(oneLine(m.text()) + " | " + m.type().label());
        }
        out.put("mentions", mentions);
        List<String> times = new ArrayList<>();
        for (TimeExpression t : a.times()) {
            // SUTime's own value is left out: for weekday names it varies with what the same JVM
            // annotated before, and the resolver does not use it for relative expressions
            times.add(oneLine(t.text()) + " | " + t.type() + " | "
                    + (t.resolved() == null ? "unresolved" : t.resolved().iso() + " (" + t.resolved().precision().label()
                    + ")") + " | " + t.basis());
        }
        out.put("times", times);
        List<String> quantities = new ArrayList<>();
        for (Quantity q : a.quantities()) {
            quantities.add(oneLine(q.text()) + " | " + q.qualifier().label() + " " + number(q.value()) + " ["
                    + number(q.low()) + ", " + number(q.high()) + "]" + (q.unit() == null ? "" : " " + q.unit())
                    + (q.counted() == null ? "" : " | counts '" + oneLine(q.counted().of(text)) + "' (" + q.countedHead()
                    + ")"));
        }
        out.put("quantities", quantities);
        List<String> quotes = new ArrayList<>();
        for (Quote q : a.quotes()) {
            String speaker = q.speakerText() == null ? "nobody" : q.speakerText();
            if (q.speaker() != null && !q.speaker().of(text).equals(q.speakerText())) {
                speaker += " (at '" + oneLine(q.speaker().of(text)) + "')";
            } else if (q.speaker() == null && q.speakerText() != null) {
                speaker += " (unresolved)";
            }
            quotes.add((q.direct() ? "direct" : "indirect") + " | " + speaker + " | " + q.cue() + " | "
                    + oneLine(q.span().of(text)));
        }
        out.put("quotes", quotes);
        try {
            return JSON.writer(PRINTER).writeValueAsString(out) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String number(double d) {
        if (Double.isInfinite(d)) {
            return "inf";
        }
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
    }

    private static String oneLine(String s) {
        return s.replace("\n", "\\n");
    }
}
