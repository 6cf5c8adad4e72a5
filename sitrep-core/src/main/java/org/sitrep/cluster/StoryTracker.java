package org.sitrep.cluster;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.sitrep.model.ArticleId;
import org.sitrep.model.StoryId;

/**
 * Online story clustering: each article {@linkplain #offer offered} joins the active story it is most
 * similar to, or starts a new one (how similarity is measured and thresholded: {@link TrackerConfig}).
 * A near-duplicate of an original kept by a candidate story joins that story as a copy of it. Stories
 * leave the active set when the stream's clock has moved a window past their last article, or when
 * the set is full ({@link TrackerLimits#maxActiveStories()}), and take no articles after that.
 *
 * <p>The clock is the latest published day offered. An article without a date is placed on the
 * clock (the date of the stream where it arrives), constrained by no window and noted
 * {@link Assignment.Note#UNDATED}; before the first dated article it is placed without a date. An
 * article dated only to a week, a month or a year is placed on the clock moved into that range (a
 * range after the clock moves the clock to its start), kept out of stories more than a window away
 * from the range, and noted {@link Assignment.Note#COARSE_DATE}.
 *
 * <p>Cost per article is bounded whatever the number of articles seen: with few active stories every
 * one is compared; with more, only the stories an approximate nearest-neighbour index over story
 * centroids returns and those that share the article's most specific names and terms (blocking),
 * each comparison bounded by the profile caps. Memory is bounded by the active set (document
 * frequencies take a fixed 8 MB). {@link #snapshot} and {@link #restore} carry the whole state, so a
 * workspace or a stream job can stop and resume.
 *
 * <p>Deterministic: the same offers in the same order give the same assignments. Not thread-safe: one
 * tracker serves one stream (a keyed stream job keeps one per key).
 */
public final class StoryTracker {

    /** Candidates checked for an original an article copies: copies are the most similar of all. */
    private static final int COPY_CANDIDATES = 3;

    private final TrackerConfig config;
    private final TrackerLimits limits;
    private final TermStatistics stats;
    private final BlockingIndex blocking;
    private CentroidIndex index;
    /** Active stories, the one updated longest ago first. */
    private final LinkedHashMap<Long, ActiveStory> active = new LinkedHashMap<>();
    private LocalDate clock;
    private long articlesSeen;
    private long nextSeq;

    public StoryTracker(TrackerConfig config, TrackerLimits limits) {
        this.config = Objects.requireNonNull(config, "config");
        this.limits = Objects.requireNonNull(limits, "limits");
        this.stats = new TermStatistics(limits.statisticsBits());
        this.blocking = new BlockingIndex(limits.postingSize());
    }

    public TrackerConfig config() {
        return config;
    }

    public TrackerLimits limits() {
        return limits;
    }

    /** Stories that can still take articles. */
    public int activeStories() {
        return active.size();
    }

    public long articlesSeen() {
        return articlesSeen;
    }

    /** The latest published date offered so far, or null. */
    public LocalDate clock() {
        return clock;
    }

    /** Places one article; see the class comment. */
    public Assignment offer(ArticleSketch s) {
        Objects.requireNonNull(s, "sketch");
        articlesSeen++;
        EnumSet<Assignment.Note> notes = EnumSet.noneOf(Assignment.Note.class);
        List<StoryId> closed = new ArrayList<>();
        LocalDate day = place(s, notes, closed);
        if (s.isEmpty()) {
            notes.add(Assignment.Note.EMPTY);
        }
        if (s.embedded) {
            checkDimension(s.embedding.length);
        }
        stats.add(s.termKeys, s.nameKeys);
        Query q = new Query(s, stats);
        long[] blockKeys = blockingKeys(s);

        List<ActiveStory> candidates = candidates(s, blockKeys);
        double[] similarity = new double[candidates.size()];
        ActiveStory best = null;
        double bestSimilarity = 0;
        double bestMargin = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < candidates.size(); i++) {
            ActiveStory c = candidates.get(i);
            // an undated article's time is unknown: no window, no penalty
            long gap = s.earliest == null ? -1 : c.daysFrom(s.earliest, s.latest);
            if (gap > config.windowDays()) {
                similarity[i] = Double.NaN;
                continue;
            }
            boolean withEmbedding = s.embedded && c.unit != null;
            // names, figures and dates: the details that tell one event from another of its kind
            double details = q.nameNorm > 0 && c.names.size() > 0
                    ? c.names.cosine(q.nameKeys, q.names, q.nameNorm, stats) : Double.NaN;
            double sim = similarity(q, c, withEmbedding, details) - timePenalty(gap);
            similarity[i] = sim;
            double threshold = withEmbedding ? config.joinThreshold() : config.lexicalJoinThreshold();
            // below the threshold a conflict changes nothing (the article does not join either way), and
            // most candidates are there: the share is computed only where it can decide
            if (sim >= threshold && conflicts(q, c)) {
                threshold += config.conflictMargin();
            }
            double margin = sim - threshold;
            if (margin > bestMargin) {
                bestMargin = margin;
                best = c;
                bestSimilarity = sim;
            }
        }
        ActiveStory target = bestMargin >= 0 ? best : null;
        ArticleId copyOf = null;
        ActiveStory copyStory = findCopy(s, candidates, similarity);
        if (copyStory != null) {
            int slot = copyStory.findOriginal(s.signature, config.duplicateThreshold());
            copyOf = copyStory.originals[slot];
            target = copyStory;
            bestSimilarity = similarity[candidates.indexOf(copyStory)];
        }
        boolean founded = target == null;
        if (founded) {
            target = new ActiveStory(nextSeq++, StoryId.of(List.of(s.id)), limits.maxOriginals());
        }
        target.absorb(s, day, copyOf == null, limits, stats);
        active.remove(target.seq);
        active.put(target.seq, target);
        reindex(target);
        reregister(target);
        while (active.size() > limits.maxActiveStories()) {
            Iterator<ActiveStory> eldest = active.values().iterator();
            close(eldest.next(), closed);
            eldest.remove();
        }
        return new Assignment(s.id, target.id, founded, copyOf, founded ? Math.max(0, bestSimilarity) : bestSimilarity,
                day, notes, closed);
    }

    /**
     * The day an article is placed on: its own; for a date range, the clock moved into the range; with
     * no date, the clock. Moves the clock forward when the article shows the stream has moved on.
     */
    private LocalDate place(ArticleSketch s, EnumSet<Assignment.Note> notes, List<StoryId> closed) {
        LocalDate day;
        if (s.earliest == null) {
            notes.add(Assignment.Note.UNDATED);
            return clock;
        }
        if (s.earliest.equals(s.latest)) {
            day = s.earliest;
        } else {
            notes.add(Assignment.Note.COARSE_DATE);
            if (clock == null) {
                // a year or a month says too little to start the clock on
                return null;
            }
            day = clock.isBefore(s.earliest) ? s.earliest : clock.isAfter(s.latest) ? s.latest : clock;
        }
        if (clock == null || day.isAfter(clock)) {
            advance(day, closed);
        }
        if (day.isBefore(clock.minusDays(config.windowDays()))) {
            notes.add(Assignment.Note.LATE);
        }
        return day;
    }

    /** The stream's clock moves to {@code day}: stories idle for longer than the window close. */
    private void advance(LocalDate day, List<StoryId> closed) {
        if (clock == null) {
            // stories started before the first date age from it
            for (ActiveStory st : active.values()) {
                if (st.lastActive == null) {
                    st.lastActive = day;
                }
            }
        }
        clock = day;
        LocalDate cutoff = day.minusDays(config.windowDays());
        // least recently updated first; with articles in date order that is oldest first, and one that
        // is not (an out-of-order date) is caught when it reaches the front or by the size cap
        Iterator<ActiveStory> it = active.values().iterator();
        while (it.hasNext()) {
            ActiveStory st = it.next();
            if (st.lastActive == null || !st.lastActive.isBefore(cutoff)) {
                break;
            }
            close(st, closed);
            it.remove();
        }
    }

    private void close(ActiveStory st, List<StoryId> closed) {
        if (index != null) {
            index.remove(st.seq);
        }
        for (long key : st.blockKeys) {
            blocking.remove(key, st.seq);
        }
        closed.add(st.id);
    }

    /** Registers the story under its profile's most specific names and terms, replacing the old ones. */
    private void reregister(ActiveStory st) {
        long[] names = st.names.topKeys(limits.blockingKeys(), stats);
        long[] terms = st.terms.topKeys(limits.blockingKeys(), stats);
        long[] keys = new long[names.length + terms.length];
        System.arraycopy(names, 0, keys, 0, names.length);
        System.arraycopy(terms, 0, keys, names.length, terms.length);
        Arrays.sort(keys);
        for (long old : st.blockKeys) {
            if (Arrays.binarySearch(keys, old) < 0) {
                blocking.remove(old, st.seq);
            }
        }
        for (long key : keys) {
            if (Arrays.binarySearch(st.blockKeys, key) < 0) {
                blocking.add(key, st.seq);
            }
        }
        st.blockKeys = keys;
    }

    private void checkDimension(int dimension) {
        if (index == null) {
            index = new CentroidIndex(dimension, limits.indexLinks(), limits.searchBreadth());
        } else if (index.dimension() != dimension) {
            throw new IllegalArgumentException("embedding has " + dimension + " dimensions, the stream's have "
                    + index.dimension());
        }
    }

    /** The article's most specific names and terms (by weight times idf). */
    private long[] blockingKeys(ArticleSketch s) {
        long[] names = SparseProfile.top(s.nameKeys, s.nameWeights, limits.blockingKeys(), stats);
        long[] terms = SparseProfile.top(s.termKeys, s.termWeights, limits.blockingKeys(), stats);
        long[] keys = new long[names.length + terms.length];
        System.arraycopy(names, 0, keys, 0, names.length);
        System.arraycopy(terms, 0, keys, names.length, terms.length);
        return keys;
    }

    /** The stories to compare, oldest first (so ties go to the older story). */
    private List<ActiveStory> candidates(ArticleSketch s, long[] blockKeys) {
        List<ActiveStory> out;
        if (active.size() <= limits.exactScanBelow()) {
            out = new ArrayList<>(active.values());
        } else {
            Set<Long> seqs = new TreeSet<>();
            if (s.embedded && index != null) {
                for (long k : index.search(s.embedding, limits.nearestStories(), limits.searchBreadth())) {
                    seqs.add(k);
                }
            }
            seqs.addAll(blocking.stories(blockKeys, limits.blockingStories(), active::containsKey));
            out = new ArrayList<>(seqs.size());
            for (long seq : seqs) {
                out.add(active.get(seq));
            }
        }
        out.sort(Comparator.comparingLong(st -> st.seq));
        return out;
    }

    /**
     * True when the article and the story each state enough details (names, figures, dates) and the
     * story holds too little of the article's: a report of another event of the same kind, however
     * alike their words. The share counts each detail by how often the article states it, not by idf,
     * so one new figure (an updated death toll) in a report of a long-running story is no conflict.
     */
    private boolean conflicts(Query q, ActiveStory c) {
        if (config.conflictMargin() == 0 || q.nameKeys.length < config.conflictDetails()
                || c.names.size() < config.conflictDetails()) {
            return false;
        }
        return c.names.share(q.nameKeys, q.counts, q.countNorm) < config.conflictShare();
    }

    /** The weighted mean of the three similarities; {@code details} is the name cosine, NaN when a side has none. */
    private double similarity(Query q, ActiveStory c, boolean withEmbedding, double details) {
        double num = config.termWeight() * c.terms.cosine(q.termKeys, q.terms, q.termNorm, stats);
        double den = config.termWeight();
        if (!Double.isNaN(details)) {
            num += config.nameWeight() * details;
            den += config.nameWeight();
        }
        if (withEmbedding) {
            double cos = CentroidIndex.dot(q.embedding, c.unit);
            num += config.embeddingWeight() * Math.max(0, (cos - config.embeddingFloor()) / (1 - config.embeddingFloor()));
            den += config.embeddingWeight();
        }
        return den == 0 ? 0 : num / den;
    }

    private double timePenalty(long gapDays) {
        return gapDays <= 0 ? 0 : config.timePenalty() * Math.min(1.0, gapDays / (double) config.windowDays());
    }

    /** The most similar of the few most similar candidates that keeps an original this article copies. */
    private ActiveStory findCopy(ArticleSketch s, List<ActiveStory> candidates, double[] similarity) {
        if (s.signature.length == 0 || candidates.isEmpty()) {
            return null;
        }
        Integer[] order = new Integer[candidates.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(nanLow(similarity[b]), nanLow(similarity[a])));
        ActiveStory found = null;
        double foundJaccard = -1;
        for (int i = 0; i < Math.min(COPY_CANDIDATES, order.length); i++) {
            if (Double.isNaN(similarity[order[i]])) {
                break;
            }
            ActiveStory c = candidates.get(order[i]);
            int slot = c.findOriginal(s.signature, config.duplicateThreshold());
            if (slot >= 0) {
                double j = c.similarityToOriginal(slot, s.signature);
                if (j > foundJaccard) {
                    found = c;
                    foundJaccard = j;
                }
            }
        }
        return found;
    }

    private static double nanLow(double v) {
        return Double.isNaN(v) ? Double.NEGATIVE_INFINITY : v;
    }

    private void reindex(ActiveStory st) {
        if (index == null || st.unit == null) {
            return;
        }
        float[] indexed = index.vector(st.seq);
        if (indexed == null || CentroidIndex.dot(indexed, st.unit) < limits.reindexSimilarity()) {
            index.put(st.seq, st.unit);
        }
    }

    /** A snapshot of the whole state, bounded by the active set. */
    public TrackerState snapshot() {
        List<TrackerState.StoryRecord> stories = new ArrayList<>(active.size());
        for (ActiveStory st : active.values()) {
            List<ArticleId> ids = new ArrayList<>();
            List<int[]> sigs = new ArrayList<>();
            for (int i = st.originalsSize - 1; i >= 0; i--) {
                int slot = Math.floorMod(st.originalsNext - 1 - i, st.originals.length);
                ids.add(st.originals[slot]);
                sigs.add(st.signatures[slot].clone());
            }
            stories.add(new TrackerState.StoryRecord(st.seq, st.id, st.first, st.last, st.lastActive, st.articles,
                    st.centroid == null ? null : st.centroid.clone(), st.terms.keys(), st.terms.weights(),
                    st.names.keys(), st.names.weights(), ids, sigs, st.blockKeys.clone()));
        }
        int[][] rows = new int[TermStatistics.rows()][];
        for (int r = 0; r < rows.length; r++) {
            rows[r] = stats.row(r).clone();
        }
        return new TrackerState(clock, articlesSeen, nextSeq, stats.bits(), stats.documents(), rows, stories,
                index == null ? 0 : index.dimension(), index == null ? List.of() : index.entries(), blocking.export());
    }

    /** A tracker that continues from {@code state}, with these settings. */
    public static StoryTracker restore(TrackerConfig config, TrackerLimits limits, TrackerState state) {
        StoryTracker t = new StoryTracker(config, limits);
        if (state.statisticsBits != limits.statisticsBits()) {
            throw new IllegalArgumentException("the snapshot counts frequencies in 2^" + state.statisticsBits
                    + " slots, these limits in 2^" + limits.statisticsBits());
        }
        t.stats.restore(state.statistics, state.documents);
        t.clock = state.clock;
        t.articlesSeen = state.articlesSeen;
        t.nextSeq = state.nextSeq;
        for (TrackerState.StoryRecord r : state.stories) {
            ActiveStory st = new ActiveStory(r.seq(), r.id(), new SparseProfile(r.termKeys(), r.termWeights()),
                    new SparseProfile(r.nameKeys(), r.nameWeights()), limits.maxOriginals());
            st.first = r.first();
            st.last = r.last();
            st.lastActive = r.lastActive();
            st.articles = r.articles();
            if (r.centroid() != null) {
                st.centroid = r.centroid().clone();
                st.unit = ActiveStory.normalized(st.centroid);
            }
            for (int i = 0; i < r.originals().size(); i++) {
                st.restoreOriginal(r.originals().get(i), r.signatures().get(i).clone());
            }
            st.blockKeys = r.blockKeys().clone();
            t.active.put(st.seq, st);
        }
        if (state.dimension > 0) {
            t.index = new CentroidIndex(state.dimension, limits.indexLinks(), limits.searchBreadth());
            for (TrackerState.IndexEntry e : state.index) {
                t.index.put(e.story(), e.vector());
            }
        }
        for (Map.Entry<Long, long[]> e : state.blocking.entrySet()) {
            t.blocking.restore(e.getKey(), e.getValue());
        }
        return t;
    }

    /** An article's keys and idf-weighted vectors, computed once per offer. */
    private static final class Query {
        final long[] termKeys;
        final double[] terms;
        final double termNorm;
        final long[] nameKeys;
        final double[] names;
        final double nameNorm;
        /** The name and detail weights as the article gives them, without idf, and their length. */
        final double[] counts;
        final double countNorm;
        final float[] embedding;

        Query(ArticleSketch s, TermStatistics stats) {
            termKeys = s.termKeys;
            terms = new double[termKeys.length];
            termNorm = weigh(termKeys, s.termWeights, terms, stats);
            nameKeys = s.nameKeys;
            names = new double[nameKeys.length];
            nameNorm = weigh(nameKeys, s.nameWeights, names, stats);
            counts = new double[nameKeys.length];
            double sum = 0;
            for (int i = 0; i < counts.length; i++) {
                counts[i] = s.nameWeights[i];
                sum += counts[i] * counts[i];
            }
            countNorm = Math.sqrt(sum);
            embedding = s.embedding;
        }

        private static double weigh(long[] keys, float[] weights, double[] out, TermStatistics stats) {
            double sum = 0;
            for (int i = 0; i < keys.length; i++) {
                out[i] = weights[i] * stats.idf(keys[i]);
                sum += out[i] * out[i];
            }
            return Math.sqrt(sum);
        }
    }
}
