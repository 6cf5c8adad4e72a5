package org.sitrep.extract;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the publisher from the lines that name it: a copyright line ("©2020 Bloomberg L.P." gives
 * "Bloomberg L.P." and the year 2020; "Copyright ©2021 Dow Jones &amp; Company, Inc. All Rights
 * Reserved." gives "Dow Jones &amp; Company, Inc.") and a wire-service dateline at the start of the
 * body ("(Bloomberg) --", "ANKARA (Reuters) -"). Stateless and thread-safe.
 */
final class PublisherReader {

    /**
     * What a copyright line says.
     *
     * @param holder the copyright holder, or null when the line names none
     * @param year the single year of the notice, or null for a range ("2005-2021": a site footer,
     *     not the article's year)
     */
    record Copyright(String holder, Integer year) {
    }

    /** A holder longer than this is a sentence, not a name. */
    static final int MAX_HOLDER_WORDS = 10;

    private static final Pattern COPYRIGHT = Pattern.compile("(?i)^(?:copyright\\s*)?(?:\u00a9|\\(c\\)|&copy;|copyright)"
            + "\\s*(?:copyright\\s*)?((?:19|20)\\d{2})(\\s*[-\u2013]\\s*(?:19|20)?\\d{2,4})?\\b[\\s,.]*(.*)$");
    /** "© Nordic Business Ledger 2026": the holder first, then a single year. */
    private static final Pattern HOLDER_FIRST = Pattern.compile("(?i)^(?:\u00a9|\\(c\\)|&copy;|copyright)\\s*"
            + "(?!(?:19|20)\\d{2}\\b)([^|\\d]{2,80}?)[\\s,]+((?:19|20)\\d{2})[\\s.]*(?:all rights reserved\\.?)?$");
    /** What follows a holder after a bar or bullet: "| Powered by WordPress", "· Privacy". */
    private static final Pattern AFTER_BAR = Pattern.compile("\\s+[|\u2022\u00b7]\\s+.*$");
    private static final Pattern RIGHTS = Pattern.compile("(?i)\\s*\\ball rights reserved\\b.*$");
    // checksums and tracking ids that some sites print after the notice
    private static final Pattern TRAILING_ID = Pattern.compile("\\s+[0-9a-f]{16,}\\s*$");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[\\s,;:|\u2013\u2014-]+$");
    /** Company abbreviations whose final full stop belongs to the name. */
    private static final Set<String> ABBREVIATIONS = Set.of("inc.", "ltd.", "co.", "corp.", "plc.", "llc.", "l.p.",
            "s.a.", "n.v.", "ag.", "pty.", "bros.", "l.l.c.", "s.p.a.", "b.v.", "gmbh.");
    /**
     * A company's legal form at the end of a copyright holder ("Peninsula Wire Ltd.", "Arctic Times
     * AS"): the publisher is the name, not the form of incorporation.
     */
    private static final Pattern LEGAL_FORM = Pattern.compile(",?\\s+(?:Ltd\\.?|Limited|Inc\\.?|Incorporated|LLC|L\\.L\\.C\\."
            + "|L\\.P\\.|LP|plc|PLC|S\\.L\\.U?|S\\.A\\.U?|S\\.p\\.A\\.|SpA|AS|ASA|AB|A/S|Oy|GmbH|AG|N\\.V\\.|B\\.V\\.|SARL|SAS"
            + "|Pty\\.?(?: Ltd\\.?)?|Corp\\.?|Corporation|Co\\.)$");
    private static final Pattern DATELINE = Pattern.compile(
            "^(?:([\\p{Lu}][\\p{Lu}\\p{L}\\p{N} .,'\u2019/-]{0,60}?)\\s*)?"
                    + "\\((\\p{Lu}[\\p{L}&.' ]{1,40}?)\\)\\s*(?:--|\u2014|\u2013|-)\\s*");

    private PublisherReader() {
    }

    /** The holder and year of a copyright line, or empty when the line is not one. */
    static Optional<Copyright> copyright(String line) {
        Matcher m = COPYRIGHT.matcher(line.strip());
        Integer year;
        String holder;
        if (m.matches()) {
            year = m.group(2) == null ? Integer.valueOf(m.group(1)) : null;
            holder = m.group(3);
        } else {
            Matcher h = HOLDER_FIRST.matcher(line.strip());
            if (!h.matches()) {
                return Optional.empty();
            }
            year = Integer.valueOf(h.group(2));
            holder = h.group(1);
        }
        holder = AFTER_BAR.matcher(holder).replaceFirst("");
        holder = RIGHTS.matcher(holder).replaceFirst("");
        holder = TRAILING_ID.matcher(holder).replaceFirst("");
        holder = TRAILING_PUNCTUATION.matcher(holder).replaceFirst("");
        if (holder.endsWith(".")) {
            String last = holder.substring(holder.lastIndexOf(' ') + 1).toLowerCase(java.util.Locale.ROOT);
            if (!ABBREVIATIONS.contains(last)) {
                holder = holder.substring(0, holder.length() - 1);
            }
        }
        holder = LEGAL_FORM.matcher(holder.strip()).replaceFirst("").strip();
        boolean usable = !holder.isEmpty() && Character.isUpperCase(holder.codePointAt(0))
                && holder.split("\\s+").length <= MAX_HOLDER_WORDS;
        return Optional.of(new Copyright(usable ? holder : null, year));
    }

    /** The agency of a wire-service dateline at the start of {@code paragraph}, if there is one. */
    static Optional<String> dateline(String paragraph) {
        Matcher m = DATELINE.matcher(paragraph);
        return m.lookingAt() ? Optional.of(m.group(2).strip()) : Optional.empty();
    }

    /**
     * The month and day a wire-service dateline at the start of {@code paragraph} gives before its
     * agency ("ALMONASTER DEL TAJO, Spain, March 17 (Peninsula Wire) --"), if it gives one.
     */
    static Optional<java.time.MonthDay> datelineDay(String paragraph) {
        Matcher m = DATELINE.matcher(paragraph);
        if (!m.lookingAt() || m.group(1) == null) {
            return Optional.empty();
        }
        return DateParser.monthDay(m.group(1));
    }
}
