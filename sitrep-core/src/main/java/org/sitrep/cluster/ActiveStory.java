package org.sitrep.cluster;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import org.sitrep.model.ArticleId;
import org.sitrep.model.StoryId;

/**
 * One story in a tracker's active set: what the tracker compares arriving articles with. Its centroid
 * (the sum of its articles' lead embeddings, and that sum scaled to unit length), its term and name
 * profiles, the days it covers, and the signatures of its most recent originals for finding copies.
 * Holds no article, so its size is bounded by {@link TrackerLimits} however many articles join.
 *
 * <p>Mutable, owned by one tracker; not thread-safe.
 */
final class ActiveStory {

    final long seq;
    final StoryId id;
    LocalDate first;
    LocalDate last;
    /** The latest day an article was placed on; null while the stream has no date yet. */
    LocalDate lastActive;
    int articles;
    float[] centroid;
    float[] unit;
    final SparseProfile terms;
    final SparseProfile names;
    ArticleId[] originals;
    int[][] signatures;
    int originalsNext;
    int originalsSize;
    /** The keys the story is registered under in the blocking index. */
    long[] blockKeys = new long[0];
    private final int maxOriginals;

    ActiveStory(long seq, StoryId id, int maxOriginals) {
        this(seq, id, new SparseProfile(), new SparseProfile(), maxOriginals);
    }

    ActiveStory(long seq, StoryId id, SparseProfile terms, SparseProfile names, int maxOriginals) {
        this.seq = seq;
        this.id = id;
        this.terms = terms;
        this.names = names;
        this.originals = new ArticleId[Math.min(maxOriginals, 4)];
        this.signatures = new int[originals.length][];
        this.maxOriginals = maxOriginals;
    }

    /** Adds an article's sketch, placed on {@code day}; {@code original} when it is not a copy. */
    void absorb(ArticleSketch s, LocalDate day, boolean original, TrackerLimits limits, TermStatistics stats) {
        if (articles >= limits.centroidMemory()) {
            // an exponential average over about centroidMemory articles from here on
            float keep = 1f - 1f / limits.centroidMemory();
            if (centroid != null) {
                for (int i = 0; i < centroid.length; i++) {
                    centroid[i] *= keep;
                }
            }
            terms.scale(keep);
            names.scale(keep);
        }
        articles++;
        if (s.embedded) {
            if (centroid == null) {
                centroid = new float[s.embedding.length];
            }
            for (int i = 0; i < centroid.length; i++) {
                centroid[i] += s.embedding[i];
            }
            unit = normalized(centroid);
        }
        terms.add(s.termKeys, s.termWeights);
        terms.prune(limits.profileTerms(), stats);
        names.add(s.nameKeys, s.nameWeights);
        names.prune(limits.profileNames(), stats);
        LocalDate published = s.published();
        if (published != null) {
            first = first == null || published.isBefore(first) ? published : first;
            last = last == null || published.isAfter(last) ? published : last;
        }
        if (day != null && (lastActive == null || day.isAfter(lastActive))) {
            lastActive = day;
        }
        if (original && s.signature.length > 0) {
            remember(s.id, s.signature);
        }
    }

    /** Puts back an original from a snapshot (oldest first). */
    void restoreOriginal(ArticleId article, int[] signature) {
        remember(article, signature);
    }

    private void remember(ArticleId article, int[] signature) {
        if (originalsSize == originals.length && originals.length < maxOriginals) {
            int cap = Math.min(maxOriginals, 2 * originals.length);
            originals = Arrays.copyOf(originals, cap);
            signatures = Arrays.copyOf(signatures, cap);
            originalsNext = originalsSize;
        }
        originals[originalsNext] = article;
        signatures[originalsNext] = signature;
        originalsNext = (originalsNext + 1) % originals.length;
        originalsSize = Math.min(originalsSize + 1, originals.length);
    }

    /**
     * The kept original most similar to {@code signature} with estimated Jaccard similarity of at
     * least {@code threshold} (the most recent among equals), or -1. Gives up on an original as soon as
     * it has too many differing slots to reach the threshold, so unrelated signatures cost little.
     */
    int findOriginal(int[] signature, double threshold) {
        int allowed = (int) Math.floor((1 - threshold) * signature.length);
        int best = -1;
        int bestSame = -1;
        for (int i = 0; i < originalsSize; i++) {
            int slot = Math.floorMod(originalsNext - 1 - i, originals.length);
            int[] other = signatures[slot];
            if (other.length != signature.length) {
                continue;
            }
            int differ = 0;
            for (int k = 0; k < other.length && differ <= allowed; k++) {
                if (other[k] != signature[k]) {
                    differ++;
                }
            }
            int same = other.length - differ;
            if (differ <= allowed && same > bestSame) {
                best = slot;
                bestSame = same;
            }
        }
        return best;
    }

    /** Estimated Jaccard similarity of {@code signature} and the original in {@code slot}. */
    double similarityToOriginal(int slot, int[] signature) {
        return MinHasher.similarity(signatures[slot], signature);
    }

    /**
     * Days between the range {@code [from, to]} and the days the story's dated articles cover; 0 when
     * they overlap; -1 when either is unknown.
     */
    long daysFrom(LocalDate from, LocalDate to) {
        if (from == null || first == null) {
            return -1;
        }
        if (to.isBefore(first)) {
            return ChronoUnit.DAYS.between(to, first);
        }
        if (from.isAfter(last)) {
            return ChronoUnit.DAYS.between(last, from);
        }
        return 0;
    }

    static float[] normalized(float[] v) {
        double sum = 0;
        for (float x : v) {
            sum += x * (double) x;
        }
        float[] out = new float[v.length];
        if (sum > 0) {
            double norm = Math.sqrt(sum);
            for (int i = 0; i < v.length; i++) {
                out[i] = (float) (v[i] / norm);
            }
        }
        return out;
    }
}
