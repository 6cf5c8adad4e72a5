package org.sitrep.cluster;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.annotate.AnnotatedArticle;
import org.sitrep.annotate.ContentTerms;
import org.sitrep.annotate.Mention;
import org.sitrep.annotate.SentenceEmbedder;
import org.sitrep.annotate.Sentence;
import org.sitrep.model.DateRange;
import org.sitrep.model.EntityType;
import org.sitrep.text.Embedding;
import org.sitrep.text.Folding;

/**
 * Makes the {@link ArticleSketch} online clustering compares: the embedding of an article's title and
 * lead (when it has a {@link SentenceEmbedder}), its content terms (folded lemmas of nouns, verbs,
 * adjectives and numbers), its names (each named mention folded; for a person also the surname, so
 * "Mr Erdogan" and "Recep Tayyip Erdoğan" share a key) together with the figures and dates it states
 * ({@link EventDetails}: what tells one earthquake from another), and a MinHash signature of its word
 * shingles.
 *
 * <p>Needs tokens and mentions; without an embedder the sketch has no embedding and clustering is
 * lexical. Every part is bounded by {@link SketchConfig}, so the cost per article does not depend on
 * the corpus and is at most linear in a capped prefix of the article; the embedding dominates (one
 * model call of at most {@link SketchConfig#leadWords()} words). Stateless and thread-safe when the
 * embedder is.
 */
public final class ArticleSketcher {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Pattern SPACE = Pattern.compile("\\s+");
    private static final long SHINGLE_MULTIPLIER = 0x9e3779b97f4a7c15L;

    private final SketchConfig config;
    private final SentenceEmbedder embedder;
    private final MinHasher minHasher;

    /** A sketcher that embeds with {@code embedder}, or makes lexical sketches when it is null. */
    public ArticleSketcher(SketchConfig config, SentenceEmbedder embedder) {
        this.config = Objects.requireNonNull(config, "config");
        this.embedder = embedder;
        this.minHasher = new MinHasher(config.signatureSize());
    }

    public SketchConfig config() {
        return config;
    }

    /** True when sketches carry embeddings. */
    public boolean embeds() {
        return embedder != null;
    }

    /** The sketch of {@code a}, embedding its lead with the sketcher's embedder (if any). */
    public ArticleSketch sketch(AnnotatedArticle a) {
        return sketch(a, leadEmbedding(a));
    }

    /**
     * The embedding of {@link #leadText}, computed alone: null when the sketcher does not embed or the
     * lead is blank. Online clustering embeds every lead this way, never in a batch (a batch pads its
     * texts to the longest, which moves the vectors within cosine 0.999 of each other's), so a lead's
     * embedding depends on its article only and can be computed wherever the article is: in the batch
     * run's session, or in a stream job's parallel stage before the one clustering instance.
     */
    public Embedding leadEmbedding(AnnotatedArticle a) {
        if (embedder == null) {
            return null;
        }
        String text = leadText(a);
        return text.isBlank() ? null : embedder.embed(text);
    }

    /**
     * The sketch of {@code a} with an embedding computed elsewhere ({@link #leadEmbedding}, or cached),
     * or null for none. The embedding should be of {@link #leadText}.
     */
    public ArticleSketch sketch(AnnotatedArticle a, Embedding lead) {
        float[] embedding = lead == null ? new float[0] : lead.values();
        Weighted terms = terms(a);
        Weighted names = names(a);
        long[] shingles = shingles(a.text());
        int[] signature = minHasher.signature(shingles, shingles.length);
        DateRange published = a.article().published();
        return new ArticleSketch(a.id(), published == null ? null : published.first(),
                published == null ? null : published.last(), embedding, terms.keys, terms.weights, names.keys,
                names.weights, signature, shingles.length);
    }

    /**
     * What is embedded: the title (unless the text starts with it) and whole lead sentences up to
     * {@link SketchConfig#leadWords()} words (at least one sentence); the first words of the text when
     * it has no sentences.
     */
    public String leadText(AnnotatedArticle a) {
        StringBuilder out = new StringBuilder();
        int words = 0;
        String title = a.article().title();
        String text = a.text();
        if (title != null && !title.isBlank() && !startsWithFolded(text, title.strip())) {
            out.append(title.strip());
            words += wordCount(title);
        }
        List<Sentence> sentences = a.sentences();
        if (sentences.isEmpty()) {
            String[] w = SPACE.split(text.strip());
            for (int i = 0; i < w.length && words < config.leadWords(); i++, words++) {
                append(out, w[i]);
            }
            return out.toString();
        }
        for (Sentence s : sentences) {
            if (words >= config.leadWords() && s.index() > 0) {
                break;
            }
            String sentence = text.substring(s.span().start(), s.span().end()).strip();
            append(out, sentence);
            words += wordCount(sentence);
        }
        return out.toString();
    }

    private static void append(StringBuilder out, String s) {
        if (s.isEmpty()) {
            return;
        }
        if (out.length() > 0) {
            out.append(out.charAt(out.length() - 1) == '.' ? " " : ". ");
        }
        out.append(s);
    }

    private static boolean startsWithFolded(String text, String prefix) {
        String t = Folding.fold(text.strip());
        return t.startsWith(Folding.fold(prefix));
    }

    private static int wordCount(String s) {
        String t = s.strip();
        return t.isEmpty() ? 0 : SPACE.split(t).length;
    }

    private Weighted terms(AnnotatedArticle a) {
        int end = Math.min(a.tokens().size(), config.maxTokens());
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String t : ContentTerms.of(a.tokens().subList(0, end))) {
            counts.merge(t, 1, Integer::sum);
        }
        return Weighted.of(counts, config.maxTerms(), FeatureHash.TERM, 1);
    }

    private Weighted names(AnnotatedArticle a) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Mention m : a.mentions()) {
            String key = ArticleFeatures.nameKey(m.text());
            if (key.isEmpty()) {
                continue;
            }
            counts.merge(key, 1, Integer::sum);
            if (m.type() == EntityType.PERSON) {
                int space = key.lastIndexOf(' ');
                if (space > 0) {
                    counts.merge(key.substring(space + 1), 1, Integer::sum);
                }
            }
        }
        Weighted names = Weighted.of(counts, config.maxNames(), FeatureHash.NAME, 1);
        if (config.detailWeight() == 0) {
            return names;
        }
        Map<String, Integer> details = new LinkedHashMap<>();
        for (String detail : EventDetails.of(a, config.maxTokens())) {
            details.merge(detail, 1, Integer::sum);
        }
        return names.plus(Weighted.of(details, config.maxNames(), FeatureHash.NAME, (float) config.detailWeight()));
    }

    /** Hashes of the text's word shingles, in text order, over at most the first maxShingleWords words. */
    long[] shingles(String text) {
        Matcher m = WORD.matcher(Folding.fold(text));
        long[] words = new long[Math.min(config.maxShingleWords(), 1 + text.length() / 2)];
        int n = 0;
        while (n < words.length && m.find()) {
            words[n++] = FeatureHash.of(m.group(), FeatureHash.WORD);
        }
        int w = config.shingleSize();
        if (n < w) {
            return new long[0];
        }
        long[] out = new long[n - w + 1];
        for (int i = 0; i + w <= n; i++) {
            long h = 0;
            for (int k = i; k < i + w; k++) {
                h = h * SHINGLE_MULTIPLIER + words[k];
            }
            out[i] = FeatureHash.mix(h);
        }
        return out;
    }

    /** Keys sorted ascending with their weights {@code 1 + ln count}. */
    private record Weighted(long[] keys, float[] weights) {

        /**
         * The {@code limit} most frequent of {@code counts} (ties: first seen first), keyed under
         * {@code seed}, their weights times {@code scale}.
         */
        static Weighted of(Map<String, Integer> counts, int limit, long seed, float scale) {
            List<Map.Entry<String, Integer>> entries = new ArrayList<>(counts.entrySet());
            // a stable sort keeps first-seen order among equal counts
            entries.sort((x, y) -> Integer.compare(y.getValue(), x.getValue()));
            Map<Long, Float> byKey = new HashMap<>();
            for (Map.Entry<String, Integer> e : entries.subList(0, Math.min(limit, entries.size()))) {
                byKey.merge(FeatureHash.of(e.getKey(), seed), scale * (float) (1 + Math.log(e.getValue())), Float::sum);
            }
            return sorted(byKey);
        }

        /** Both sets of keys, sorted, the weights of a key in both summed. */
        Weighted plus(Weighted other) {
            Map<Long, Float> byKey = new HashMap<>();
            for (int i = 0; i < keys.length; i++) {
                byKey.merge(keys[i], weights[i], Float::sum);
            }
            for (int i = 0; i < other.keys.length; i++) {
                byKey.merge(other.keys[i], other.weights[i], Float::sum);
            }
            return sorted(byKey);
        }

        /** The keys of {@code byKey} in ascending order with their weights. */
        private static Weighted sorted(Map<Long, Float> byKey) {
            long[] keys = byKey.keySet().stream().mapToLong(Long::longValue).toArray();
            Arrays.sort(keys);
            float[] weights = new float[keys.length];
            for (int i = 0; i < keys.length; i++) {
                weights[i] = byKey.get(keys[i]);
            }
            return new Weighted(keys, weights);
        }
    }
}
