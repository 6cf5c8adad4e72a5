package org.sitrep.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.sitrep.model.DateRange;

/**
 * Removes boilerplate from candidate body blocks, line by line and then in context, and reads the
 * metadata the removed lines carry. Used for text files as they come and for HTML pages after the
 * main content was chosen, so both get the same rules.
 *
 * <p>First every line is matched against {@link BoilerplateRules} and the date-line and byline
 * readers. Then, in order: the teasers after a list header go; the headline is found (the first
 * kept line, if it looks like one and stands alone) and a Title Case line right after it is an
 * alternate headline; a paragraph right before a photo credit is its caption; a long line seen
 * before is a repeat, and when the copies are adjacent the first is a caption too; finally a
 * paragraph that carries a full date and shares almost no content words with the rest is a promo
 * for another story. Dates and names in captions, teasers and promos are never read as the
 * article's. Thread-safe; linear in the size of the text apart from the repeat and overlap tests,
 * which hash each line once.
 */
final class BoilerplateRemover {

    /** A quoted line in an evidence basis is cut to this length. */
    static final int MAX_QUOTED_CHARS = 100;
    private static final int MIN_CAPTION_WORDS = 3;
    private static final LineShape EMPTY_SHAPE = LineShape.of("");
    private static final int REST_TO_PARAGRAPH_RATIO = 10;
    /** A line above the headline with at most this many words may be a masthead or section label. */
    private static final int MAX_LABEL_WORDS = 4;
    /** How many kept lines from the top a known title is looked for in. */
    private static final int MAX_TITLE_SEARCH = 3;

    private final ExtractionConfig config;

    BoilerplateRemover(ExtractionConfig config) {
        this.config = Objects.requireNonNull(config, "config");
    }

    /** One line of one block while rules are applied; mutable, confined to one call. */
    private static final class Unit {
        final int block;
        final String line;
        final LineShape shape;
        /** Why the page structure already ruled this block out, or null. */
        final String preset;
        LineKind kind;
        List<DateLineReader.DateLine> dates = List.of();
        boolean inList;

        Unit(int block, String line, String preset) {
            this.block = block;
            this.line = line;
            this.preset = preset;
            this.shape = preset == null ? LineShape.of(line) : EMPTY_SHAPE;
        }

        boolean kept() {
            return kind == null && preset == null;
        }

        String reason() {
            return preset != null ? preset : kind.reason();
        }
    }

    /**
     * Cleans {@code blocks}.
     *
     * @param knownTitles titles from markup or the container (may be empty); a line equal to one of
     *     them near the top of the body is the headline and is taken out
     * @param findTitle whether the body starts with its headline (text files) and it should be found
     */
    CleanBody clean(List<Block> blocks, List<String> knownTitles, boolean findTitle) {
        List<Unit> units = new ArrayList<>();
        for (int b = 0; b < blocks.size(); b++) {
            Block block = blocks.get(b);
            if (block.removedReason() != null) {
                if (!block.text().isBlank()) {
                    units.add(new Unit(b, block.text().strip(), block.removedReason()));
                }
                continue;
            }
            for (String line : block.lines()) {
                if (!line.isBlank()) {
                    units.add(new Unit(b, line.strip(), null));
                }
            }
        }
        units.stream().filter(u -> u.preset == null).forEach(this::classify);
        markTeasers(units);
        KnownTitles titles = new KnownTitles(knownTitles);
        int title = findTitle(units, titles, findTitle);
        if (findTitle && title >= 0) {
            markAlternateHeadline(units, title);
            markBanners(units, title);
        }
        markCaptions(units);
        markRepeats(units);
        markUnrelatedDated(units);
        List<MetadataSignal> signals = readSignals(units);
        return build(blocks, units, title, signals, titles);
    }

    private void classify(Unit u) {
        Optional<BoilerplateRule> rule = BoilerplateRules.match(u.shape);
        if (rule.isPresent()) {
            u.kind = rule.get().kind();
            return;
        }
        List<DateLineReader.DateLine> dates = DateLineReader.read(u.shape, config.maxDateLineWords());
        if (!dates.isEmpty()) {
            u.dates = dates;
            u.kind = BylineReader.fromDateLineRest(dates.get(0)).isEmpty() ? LineKind.DATE_LINE : LineKind.BYLINE;
            return;
        }
        if (!BylineReader.byline(u.shape).isEmpty()) {
            u.kind = LineKind.BYLINE;
        }
    }

    /**
     * The headline-like lines after a list header are its teasers; lines the rules removed do not
     * end the list, and a new header starts a new count. One pass.
     */
    private void markTeasers(List<Unit> units) {
        int left = -1;
        for (Unit u : units) {
            if (u.kind == LineKind.LIST_HEADER) {
                left = config.maxTeaserLines();
            } else if (left < 0) {
                continue;
            } else if (!u.kept()) {
                if (u.kind == LineKind.COPYRIGHT || u.kind == LineKind.CONTACT) {
                    // the page footer: the list ended, and these lines carry the article's own metadata
                    left = -1;
                } else {
                    u.inList = true;
                }
            } else if (left > 0 && u.shape.isHeadlineLike(config.maxHeadlineWords())) {
                u.kind = LineKind.TEASER;
                u.inList = true;
                left--;
            } else {
                left = -1;
            }
        }
    }

    /**
     * The index of the headline line, marked {@link LineKind#TITLE}, or -1. A line equal to the
     * known title near the top is it; else, when asked to find one, the first kept line is the
     * headline if it stands alone in its block and is short, without a final full stop.
     */
    private int findTitle(List<Unit> units, KnownTitles knownTitles, boolean findTitle) {
        int first = -1;
        int seen = 0;
        for (int i = 0; i < units.size() && seen < MAX_TITLE_SEARCH; i++) {
            Unit u = units.get(i);
            if (!u.kept()) {
                continue;
            }
            seen++;
            if (first < 0) {
                first = i;
            }
            if (knownTitles.contains(u.shape.text())) {
                u.kind = LineKind.TITLE;
                return i;
            }
        }
        if (!findTitle || first < 0) {
            return -1;
        }
        Unit u = units.get(first);
        if (!standsAsHeadline(units, u)) {
            return -1;
        }
        int next = nextKept(units, first);
        if (next >= 0 && u.shape.wordCount() <= MAX_LABEL_WORDS && standsAsHeadline(units, units.get(next))
                && units.get(next).shape.wordCount() > u.shape.wordCount()) {
            // a short line above another headline is a masthead (a name of several words that recurs in the
            // text, as a publication's name does in its promos and footer) or a one-word section label
            if (u.shape.wordCount() > 1 && recursElsewhere(units, u)) {
                u.kind = LineKind.MASTHEAD;
            } else if (u.shape.wordCount() == 1) {
                u.kind = LineKind.SECTION_LABEL;
            }
            if (u.kind != null) {
                units.get(next).kind = LineKind.TITLE;
                return next;
            }
        }
        u.kind = LineKind.TITLE;
        return first;
    }

    private boolean standsAsHeadline(List<Unit> units, Unit u) {
        boolean alone = units.stream().filter(o -> o != u && o.block == u.block).noneMatch(Unit::kept);
        return alone && u.line.length() <= config.maxTitleChars() && u.shape.isHeadlineLike(config.maxHeadlineWords());
    }

    private static int nextKept(List<Unit> units, int from) {
        for (int i = from + 1; i < units.size(); i++) {
            if (units.get(i).kept()) {
                return i;
            }
        }
        return -1;
    }

    /** True when another line of the text names {@code u}'s words, as a publication's name recurs in its own promos and footer. */
    private static boolean recursElsewhere(List<Unit> units, Unit u) {
        Pattern name = Pattern.compile("(?i)(?<![\\p{L}\\p{N}])" + Pattern.quote(u.shape.text()) + "(?![\\p{L}\\p{N}])");
        return units.stream().anyMatch(o -> o != u && name.matcher(o.line).find());
    }

    private void markAlternateHeadline(List<Unit> units, int title) {
        for (int i = title + 1; i < units.size(); i++) {
            Unit u = units.get(i);
            if (!u.kept()) {
                continue;
            }
            boolean alone = units.stream().filter(o -> o != u && o.block == u.block).noneMatch(Unit::kept);
            if (alone && u.shape.isHeadlineLike(config.maxHeadlineWords())
                    && u.shape.isTitleCase(config.titleCaseShare())) {
                u.kind = LineKind.ALTERNATE_HEADLINE;
            }
            return;
        }
    }

    /** A date line with no label above the headline is the page's date banner. */
    private static void markBanners(List<Unit> units, int title) {
        for (int i = 0; i < title; i++) {
            Unit u = units.get(i);
            if (u.kind == LineKind.DATE_LINE && u.dates.stream().allMatch(d -> d.label() == DateLineReader.Label.NONE)) {
                u.kind = LineKind.DATE_BANNER;
            }
        }
    }

    /** A short kept paragraph right before a photo credit is that photo's caption. */
    private void markCaptions(List<Unit> units) {
        for (int i = 1; i < units.size(); i++) {
            Unit credit = units.get(i);
            Unit before = units.get(i - 1);
            if (credit.kind == LineKind.PHOTO_CREDIT && before.kept()
                    && before.shape.wordCount() >= MIN_CAPTION_WORDS
                    && before.shape.wordCount() <= config.maxCaptionWords()) {
                before.kind = LineKind.CAPTION;
            }
        }
    }

    /** A long line seen before is a repeat; when the two copies are adjacent, the first is a caption too. */
    private void markRepeats(List<Unit> units) {
        Map<String, Integer> firstSeen = new HashMap<>();
        for (int i = 0; i < units.size(); i++) {
            Unit u = units.get(i);
            if (u.shape.text().length() < config.minRepeatedLineChars()) {
                continue;
            }
            String key = u.shape.text().toLowerCase(Locale.ROOT);
            Integer k = firstSeen.putIfAbsent(key, i);
            if (k == null) {
                continue;
            }
            if (u.kept()) {
                u.kind = LineKind.REPEATED;
            }
            Unit first = units.get(k);
            if (k == i - 1 && first.kept()) {
                first.kind = LineKind.CAPTION;
            }
        }
    }

    /**
     * A kept paragraph that carries a full date of its own and shares fewer than
     * {@link ExtractionConfig#promoMaxOverlap()} of its content words with the rest of the article
     * is a promo for another story.
     */
    private void markUnrelatedDated(List<Unit> units) {
        // how many kept lines (and the headline) each content word occurs in, so each test is one lookup per word
        Map<String, Integer> lineCounts = new HashMap<>();
        List<Set<String>> words = new ArrayList<>();
        for (Unit u : units) {
            Set<String> w = u.kept() || u.kind == LineKind.TITLE ? ContentWords.of(u.line) : Set.of();
            words.add(w);
            w.forEach(x -> lineCounts.merge(x, 1, Integer::sum));
        }
        for (int i = 0; i < units.size(); i++) {
            Unit u = units.get(i);
            Set<String> own = words.get(i);
            if (!u.kept() || own.size() < config.promoMinContentWords()) {
                continue;
            }
            long shared = own.stream().filter(w -> lineCounts.get(w) > 1).count();
            long restSize = lineCounts.size() - (own.size() - shared);
            if (restSize < (long) REST_TO_PARAGRAPH_RATIO * config.promoMinContentWords()) {
                continue;
            }
            // the date last: looking for one costs more than the word counts, and few lines get this far
            if (shared < config.promoMaxOverlap() * own.size() && !DateParser.find(u.line).isEmpty()) {
                u.kind = LineKind.UNRELATED_DATED;
            }
        }
    }

    private List<MetadataSignal> readSignals(List<Unit> units) {
        List<MetadataSignal> signals = new ArrayList<>();
        boolean firstBody = true;
        for (int i = 0; i < units.size(); i++) {
            Unit u = units.get(i);
            if (u.inList || u.preset != null) {
                continue;
            }
            String quoted = quote(u.shape.text());
            if (u.kept() && firstBody) {
                firstBody = false;
                PublisherReader.dateline(u.line).ifPresent(p -> signals.add(MetadataSignal.text(
                        MetadataSignal.PUBLISHER, p, SignalRank.TEXT_WEAK, "dateline " + quoted)));
                PublisherReader.datelineDay(u.line).ifPresent(d -> signals.add(MetadataSignal.monthDay(d,
                        SignalRank.TEXT_WEAK, "dateline " + quoted)));
                continue;
            }
            if (u.kind == null) {
                continue;
            }
            switch (u.kind) {
                case MASTHEAD -> signals.add(MetadataSignal.text(MetadataSignal.PUBLISHER, u.shape.text(),
                        SignalRank.TEXT_WEAK, "masthead above the headline " + quoted));
                case DATE_BANNER -> u.dates.forEach(d -> signals.add(MetadataSignal.date(MetadataSignal.PUBLISHED,
                        DateRange.day(d.date()), SignalRank.TEXT_BANNER, "date banner above the headline " + quoted)));
                case DATE_LINE, BYLINE -> signals.addAll(bylineSignals(u.shape, u.dates, ""));
                case CONTACT -> {
                    List<String> authors = new ArrayList<>(BylineReader.contactLine(u.shape.text()));
                    authors.addAll(BylineReader.writeTo(u.shape.text()));
                    addAuthors(signals, authors, "contact line " + quoted);
                }
                case COPYRIGHT -> PublisherReader.copyright(u.shape.text()).ifPresent(c -> {
                    if (c.holder() != null) {
                        signals.add(MetadataSignal.text(MetadataSignal.PUBLISHER, c.holder(), SignalRank.TEXT,
                                "copyright line " + quoted));
                    }
                    if (c.year() != null) {
                        signals.add(MetadataSignal.date(MetadataSignal.PUBLISHED, DateRange.year(c.year()),
                                SignalRank.TEXT_WEAK, "copyright line " + quoted));
                    }
                });
                default -> {
                    // other removed lines carry no metadata
                }
            }
        }
        return signals;
    }

    /**
     * The signals of a date line or byline: its dates (an "Updated" date as the updated date, and as
     * a publication date of last resort) and its authors.
     *
     * @param dates what {@link DateLineReader} read from the line (empty for an undated byline)
     * @param where appended to the basis, e.g. " above the article"
     */
    static List<MetadataSignal> bylineSignals(LineShape line, List<DateLineReader.DateLine> dates, String where) {
        List<MetadataSignal> signals = new ArrayList<>();
        String quoted = quote(line.text()) + where;
        List<String> authors = dates.isEmpty() ? BylineReader.byline(line) : BylineReader.fromDateLineRest(dates.get(0));
        for (DateLineReader.DateLine d : dates) {
            DateRange day = DateRange.day(d.date());
            if (d.label() == DateLineReader.Label.UPDATED) {
                signals.add(MetadataSignal.date(MetadataSignal.UPDATED, day, SignalRank.TEXT, "updated line " + quoted));
                signals.add(MetadataSignal.date(MetadataSignal.PUBLISHED, day, SignalRank.TEXT_UPDATED,
                        "updated line " + quoted + " (no publication date given)"));
            } else {
                signals.add(MetadataSignal.date(MetadataSignal.PUBLISHED, day, SignalRank.TEXT,
                        (authors.isEmpty() ? "date line " : "byline ") + quoted));
            }
        }
        addAuthors(signals, authors, "byline " + quoted);
        return signals;
    }

    private static void addAuthors(List<MetadataSignal> signals, List<String> authors, String basis) {
        if (!authors.isEmpty()) {
            signals.add(MetadataSignal.text(MetadataSignal.AUTHOR, String.join(", ", authors), SignalRank.TEXT, basis));
        }
    }

    /** {@code 'line'}, cut to {@link #MAX_QUOTED_CHARS}. */
    static String quote(String line) {
        String s = line.length() <= MAX_QUOTED_CHARS ? line : line.substring(0, MAX_QUOTED_CHARS) + "\u2026";
        return "'" + s + "'";
    }

    private CleanBody build(List<Block> blocks, List<Unit> units, int title, List<MetadataSignal> signals,
            KnownTitles knownTitles) {
        List<Block> kept = new ArrayList<>();
        List<RemovedBlock> removed = new ArrayList<>();
        String paywall = null;
        int b = -1;
        List<String> lines = new ArrayList<>();
        for (Unit u : units) {
            if (u.block != b) {
                if (!lines.isEmpty()) {
                    kept.add(Block.of(lines, blocks.get(b).kind()));
                }
                lines = new ArrayList<>();
                b = u.block;
            }
            if (u.kept()) {
                lines.add(u.line);
            } else if (knownTitles.contains(u.line) || u.kind == LineKind.TITLE && knownTitles.isEmpty()) {
                // the headline (or the page header repeating it) is the title, not lost text
                continue;
            } else {
                removed.add(new RemovedBlock(u.line, u.reason()));
                if (u.kind == LineKind.PAYWALL && paywall == null) {
                    paywall = u.line;
                }
            }
        }
        if (!lines.isEmpty()) {
            kept.add(Block.of(lines, blocks.get(b).kind()));
        }
        String titleLine = title >= 0 ? units.get(title).line : null;
        return new CleanBody(kept, removed, titleLine, signals, paywall);
    }
}
