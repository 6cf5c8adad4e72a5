package org.sitrep.cluster;

/**
 * 64-bit keys for the strings clustering compares (content terms, names, shingles): FNV-1a over the
 * characters, then the MurmurHash3 finaliser so that every bit depends on every character. Keys stand
 * for their strings in sketches and story profiles, which keeps both small and fixed-size per entry;
 * two different strings share a key with probability about 2^-64. Each kind of feature has its own
 * seed, so a name and a term spelled alike stay apart. Pure and thread-safe.
 */
final class FeatureHash {

    /** Seed of content-term keys. */
    static final long TERM = 0x7465726dL;
    /** Seed of name keys. */
    static final long NAME = 0x6e616d65L;
    /** Seed of word keys inside shingles. */
    static final long WORD = 0x776f7264L;

    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    private FeatureHash() {
    }

    /** The key of {@code s} under {@code seed}. */
    static long of(String s, long seed) {
        long h = FNV_OFFSET ^ seed;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= FNV_PRIME;
        }
        return mix(h);
    }

    /** MurmurHash3's 64-bit finaliser: a bijection that spreads every input bit over the output. */
    static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return z ^ (z >>> 33);
    }
}
