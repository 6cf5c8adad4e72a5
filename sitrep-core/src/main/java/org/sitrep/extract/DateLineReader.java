package org.sitrep.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises date lines and dated bylines: short lines that hold a date and, besides it, only
 * labels ("Updated:", "Published"), a time, a weekday, separators and a few capitalised words (a
 * section, a byline name, a place): "World Sergey Matyunin 18-Feb-2020", "Updated: February 15,
 * 2020 11:28 PM", "Abu Dhabi, UAESaturday 30 May 2020". A sentence that mentions a date is not a
 * date line. Stateless and thread-safe.
 */
final class DateLineReader {

    /** What a date on a date line is said to be. */
    enum Label { NONE, PUBLISHED, UPDATED }

    /**
     * One dated line.
     *
     * @param rest the words left once the date, time, weekday, labels and separators are gone: a
     *     section and byline name, or a place
     * @param place true when the rest reads like a place ("Abu Dhabi, UAE"): it had a comma and no "By"
     */
    record DateLine(LocalDate date, Label label, String rest, boolean place) {
    }

    /**
     * At most this many words may remain besides the date: a section and a name, or a place. More
     * would let a dated Title Case headline pass for a date line.
     */
    static final int MAX_REST_WORDS = 4;
    /** A rest that starts with "By" is a byline and may name several authors. */
    static final int MAX_BYLINE_REST_WORDS = 10;

    private static final Pattern UPDATED = Pattern.compile(
            "(?i)\\b(?:last updated|updated|last modified|modified|edited|revised)\\b");
    private static final Pattern PUBLISHED = Pattern.compile(
            "(?i)\\b(?:first published|published|posted|created|released|date|asked)\\b");
    private static final Pattern LABELS = Pattern.compile("(?i)\\b(?:last updated|updated|last modified|modified"
            + "|edited|revised|first published|published|posted|created|released|date|asked|on|at|as of)\\b");
    /** A reading-time note beside a byline date ("5 min read"). */
    private static final Pattern READING_TIME = Pattern.compile("(?i)\\b\\d+\\s*(?:min(?:ute)?s?|mins?)\\.?\\s+read\\b");
    private static final Pattern TIME = Pattern.compile("(?i)\\b\\d{1,2}[:.]\\d{2}(?:[:.]\\d{2})?\\s*(?:[ap]\\.?m\\.?)?"
            + "(?:\\s*\\(?(?-i:[A-Z]{2,5})(?:\\s*[+-]\\s*\\d{1,2}(?::?\\d{2})?)?\\)?(?![\\p{L}]))?");
    // weekdays may be glued to the word before them ("UAESaturday"), so the full names need no boundary
    private static final Pattern WEEKDAY = Pattern.compile(
            "(?i)(?:mon|tues|wednes|thurs|fri|satur|sun)day|\\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\\b\\.?");
    // a full stop closes a date written as a sentence ("December 3, 2025. Updated: ...")
    // dots used as separators: middle dot, bullet, dot operator, bullet operator, hyphenation point, katakana dot
    private static final Pattern SEPARATORS = Pattern.compile(
            "[|\u2022\u00b7\u22c5\u2219\u2027\u30fb,;:.()\\[\\]\u2013\u2014/\\-]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** A "By" segment between separators in a masthead line ("Daily Post | By Jane Doe | June 3, 2025"). */
    private static final Pattern BYLINE_SEGMENT = Pattern.compile(
            "(?:^|[|\u2022\u00b7\u22c5\u2219])\\s*By\\s+\\p{Lu}");
    private static final Set<String> NAME_PARTICLES = Set.of("de", "da", "del", "della", "van", "von", "der", "den",
            "al", "el", "bin", "ibn", "le", "la", "di", "du", "dos", "y", "by", "and");

    private DateLineReader() {
    }

    /** The dates on {@code line} if it is a date line or dated byline; empty otherwise. */
    static List<DateLine> read(LineShape line, int maxWords) {
        if (line.wordCount() > maxWords) {
            return List.of();
        }
        String text = line.text();
        List<DateParser.DateMention> mentions = DateParser.find(text);
        if (mentions.isEmpty()) {
            return List.of();
        }
        StringBuilder restBuilder = new StringBuilder();
        List<Label> labels = new ArrayList<>();
        int from = 0;
        for (DateParser.DateMention m : mentions) {
            String before = text.substring(from, m.start());
            labels.add(labelOf(before));
            restBuilder.append(before).append(' ');
            from = m.end();
        }
        restBuilder.append(text.substring(from));
        String raw = restBuilder.toString();
        String rest = TIME.matcher(READING_TIME.matcher(raw).replaceAll(" ")).replaceAll(" ");
        rest = WEEKDAY.matcher(rest).replaceAll(" ");
        rest = LABELS.matcher(rest).replaceAll(" ");
        boolean hadComma = rest.contains(",");
        rest = SPACES.matcher(SEPARATORS.matcher(rest).replaceAll(" ")).replaceAll(" ").strip();
        String[] words = rest.isEmpty() ? new String[0] : rest.split(" ");
        // "By Jane Doe, June 3" or a segmented masthead line "Copperbelt Times | By Jane Doe | Published: ..."
        boolean byline = words.length > 0 && words[0].equalsIgnoreCase("by") || BYLINE_SEGMENT.matcher(text).find();
        if (words.length > (byline ? MAX_BYLINE_REST_WORDS : MAX_REST_WORDS)) {
            return List.of();
        }
        for (String w : words) {
            boolean capitalised = Character.isUpperCase(w.codePointAt(0)) || Character.isDigit(w.codePointAt(0));
            if (!capitalised && !NAME_PARTICLES.contains(w.toLowerCase(Locale.ROOT))) {
                return List.of();
            }
        }
        boolean place = hadComma && !byline;
        List<DateLine> lines = new ArrayList<>();
        for (int i = 0; i < mentions.size(); i++) {
            lines.add(new DateLine(mentions.get(i).date(), labels.get(i), rest, place));
        }
        return lines;
    }

    private static Label labelOf(String before) {
        Matcher updated = UPDATED.matcher(before);
        Matcher published = PUBLISHED.matcher(before);
        int u = -1;
        while (updated.find()) {
            u = updated.start();
        }
        int p = -1;
        while (published.find()) {
            p = published.start();
        }
        if (u < 0 && p < 0) {
            return Label.NONE;
        }
        // the label nearest the date is the one that names it
        return u > p ? Label.UPDATED : Label.PUBLISHED;
    }
}
