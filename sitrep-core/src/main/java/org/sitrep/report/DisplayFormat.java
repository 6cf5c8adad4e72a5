package org.sitrep.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sitrep.analyse.ClaimValue;
import org.sitrep.analyse.Verdict;
import org.sitrep.extract.Article;
import org.sitrep.model.DateRange;

/**
 * How the human-readable reports (Markdown and HTML) show values to people: figures with thousands
 * separators and an infinity sign for open bounds, claim bounds, verdict marks, dates and one-line
 * source labels. Plain text out; escaping is the caller's job, since it differs per format.
 *
 * <p>Stateless and thread-safe.
 */
final class DisplayFormat {

    /** Shown for a missing date, name or value, so a table cell is never blank by accident. */
    static final String UNKNOWN = "\u2014";

    private static final double LARGEST_WHOLE = 1e15;

    private DisplayFormat() {
    }

    /** {@code 900,000}, {@code 2.5}, {@code ∞}: whole numbers grouped, others in their shortest exact form. */
    static String figure(double v) {
        if (Double.isNaN(v)) {
            return "?";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "\u221e" : "-\u221e";
        }
        if (v == Math.rint(v) && Math.abs(v) < LARGEST_WHOLE) {
            return String.format(Locale.ROOT, "%,d", (long) v);
        }
        return BigDecimal.valueOf(v).toPlainString();
    }

    /** {@code 14}, or {@code 12 (12 to ∞)} when the source gives bounds rather than one value. */
    static String value(ClaimValue v) {
        if (v.low() == v.value() && v.high() == v.value()) {
            return figure(v.value());
        }
        return figure(v.value()) + " (" + figure(v.low()) + " to " + figure(v.high()) + ")";
    }

    /** A mark and the verdict's word: {@code ✓ agree}, {@code ≈ compatible}, {@code ✗ disagree}, {@code • single}. */
    static String verdict(Verdict v) {
        String mark = switch (v) {
            case AGREE -> "\u2713";
            case COMPATIBLE -> "\u2248";
            case DISAGREE -> "\u2717";
            case SINGLE -> "\u2022";
        };
        return mark + " " + v.label();
    }

    /** {@code 1 article}, {@code 2 articles}: a count with its noun, plural unless it is one. */
    static String count(long n, String noun) {
        return count(n, noun, noun + "s");
    }

    static String count(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    /** {@code 3 articles from 4 documents, 2 stories, 1 input failed, 0 warnings}. */
    static String runCounts(RunStats s) {
        return count(s.articles(), "article") + " from " + count(s.documents(), "document") + ", "
                + count(s.stories(), "story", "stories") + ", " + count(s.failed(), "input") + " failed, "
                + count(s.warnings(), "warning");
    }

    static String date(DateRange d) {
        return d == null ? UNKNOWN : d.iso();
    }

    static String orUnknown(String s) {
        return s == null || s.isBlank() ? UNKNOWN : s;
    }

    /** {@code Bloomberg, "Turkish Mission Sent to Russia", 2020-02-18}, leaving out what is unknown. */
    static String sourceLabel(Article a) {
        List<String> parts = new ArrayList<>();
        if (a.publisher() != null && !a.publisher().isBlank()) {
            parts.add(a.publisher());
        }
        parts.add(a.title() == null || a.title().isBlank() ? "(untitled)" : "\u201c" + a.title() + "\u201d");
        if (a.published() != null) {
            parts.add(a.published().iso());
        }
        return String.join(", ", parts);
    }
}
