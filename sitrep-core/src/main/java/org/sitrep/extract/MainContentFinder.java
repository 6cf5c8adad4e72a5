package org.sitrep.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * Finds the main content of a page: the element whose text blocks hold the most content and the
 * least noise. Each text block weighs its length when it reads like content (long enough, few
 * links), costs {@link HtmlScoringConfig#noiseWeight()} per character when it is noise (a link
 * list, or inside an element whose tag, role, class or id says navigation, comments, related
 * links and so on), and weighs nothing when short. An element scores the sum over its blocks,
 * raised by {@link HtmlScoringConfig#markupBoost()} when markup says it is the article; the best
 * element wins. Inside it, noise boxes and link lists are dropped; everything outside it is
 * recorded as removed. A JSON-LD {@code articleBody} is checked against the choice: when the
 * choice holds too little of it, the element that best matches it is taken, or failing that the
 * {@code articleBody} itself. Before that, when the choice keeps too little text
 * ({@link HtmlScoringConfig#fallbackMaxChars()}), a second pass takes every content-like block of
 * the page that strong noise evidence does not rule out, and is used when it finds clearly more.
 *
 * <p>Thread-safe; cost is linear in the size of the page, however deeply it is nested.
 */
final class MainContentFinder {

    static final String OUTSIDE = "outside the main content";
    static final String LINK_LIST = "link list";
    /** Class evidence the fallback pass sets aside: page builders put these names on article containers. */
    private static final Set<String> WEAK_NOISE = Set.of("sidebar", ClassEvidence.PAGE_HEADER, ClassEvidence.BYLINE);
    static final String REPLACED_BY_ARTICLE_BODY = "page text (JSON-LD articleBody used instead)";

    private final HtmlScoringConfig config;

    MainContentFinder(HtmlScoringConfig config) {
        this.config = Objects.requireNonNull(config, "config");
    }

    /** The page's blocks in document order, each kept or removed with a reason. */
    List<Block> find(Element root, String articleBody) {
        List<HtmlBlockCollector.TextBlock> blocks = HtmlBlockCollector.collect(root);
        Scoring s = new Scoring(root, blocks);
        Element chosen = s.best();
        List<Block> out = collect(s, chosen);
        int found = keptChars(out);
        if (found < config.fallbackMaxChars()) {
            List<Block> wider = fallback(s);
            if (keptChars(wider) >= config.fallbackGain() * Math.max(1, found)) {
                out = wider;
            }
        }
        if (articleBody == null || articleBody.strip().length() < config.minArticleBodyChars()) {
            return out;
        }
        List<String> bodyTokens = ContentWords.tokens(articleBody);
        Set<String> bodyWords = new HashSet<>(bodyTokens);
        int bodySize = bodyTokens.size();
        double recall = recall(out, bodyWords, bodySize);
        if (recall >= config.minArticleBodyRecall()) {
            return out;
        }
        Element better = s.bestMatch(bodyWords, bodySize);
        if (better != null && better != chosen) {
            List<Block> alternative = collect(s, better);
            if (recall(alternative, bodyWords, bodySize) >= config.minArticleBodyRecall()) {
                return alternative;
            }
        }
        List<Block> fromBody = new ArrayList<>();
        if (articleBody.contains("<")) {
            for (HtmlBlockCollector.TextBlock b : HtmlBlockCollector.collect(Jsoup.parseBodyFragment(articleBody).body())) {
                fromBody.add(Block.of(b.lines(), b.kind()));
            }
        } else {
            fromBody.addAll(TextArticleExtractor.paragraphs(articleBody.replace("\n", "\n\n")));
        }
        List<Block> page = blocks.stream()
                .map(b -> Block.removed(b.lines(), b.kind(), REPLACED_BY_ARTICLE_BODY)).toList();
        fromBody.addAll(0, merged(page));
        return fromBody;
    }

    private static int keptChars(List<Block> blocks) {
        int n = 0;
        for (Block b : blocks) {
            if (b.removedReason() == null) {
                n += b.text().length();
            }
        }
        return n;
    }

    /**
     * The second pass for pages where the first found too little: every content-like block of the
     * page that no strong noise evidence rules out, in document order, whatever container holds it.
     * The weaker evidence (a "sidebar" or "header" class, often misapplied by page builders) and the
     * choice of a single container are set aside. A short block is kept when it follows kept text
     * (an in-body subhead), so menus of short links stay out.
     */
    private List<Block> fallback(Scoring s) {
        int n = s.elements.size();
        String[] strong = new String[n];
        for (int i = 0; i < n; i++) {
            Optional<String> own = s.noise(i);
            int p = s.parent[i];
            strong[i] = own.isPresent() && !WEAK_NOISE.contains(own.get()) ? own.get() : p >= 0 ? strong[p] : null;
        }
        List<Block> out = new ArrayList<>();
        boolean afterText = false;
        for (HtmlBlockCollector.TextBlock b : s.blocks) {
            int i = s.indexOf(b.owner());
            String noise = i < 0 ? null : strong[i];
            if (noise != null) {
                out.add(Block.removed(b.lines(), b.kind(), noise));
                afterText = false;
            } else if (s.linkList(b)) {
                out.add(Block.removed(b.lines(), b.kind(), LINK_LIST));
                afterText = false;
            } else if (s.contentLike(b) || afterText) {
                out.add(Block.of(b.lines(), b.kind()));
                afterText = s.contentLike(b);
            } else {
                out.add(Block.removed(b.lines(), b.kind(), OUTSIDE));
            }
        }
        return merged(out);
    }

    private static double recall(List<Block> blocks, Set<String> bodyWords, int bodySize) {
        long hits = blocks.stream().filter(b -> b.removedReason() == null)
                .flatMap(b -> ContentWords.tokens(b.text()).stream()).filter(bodyWords::contains).count();
        return bodySize == 0 ? 1 : Math.min(1.0, (double) hits / bodySize);
    }

    /** The blocks in document order: kept inside {@code chosen} unless noise, removed with a reason otherwise. */
    private List<Block> collect(Scoring s, Element chosen) {
        // one pass from the top: whether each element is inside the choice, and the innermost noise
        // reason on its path up to the choice (or to the root, outside it)
        int n = s.elements.size();
        boolean[] inside = new boolean[n];
        String[] noiseBelow = new String[n];
        for (int i = 0; i < n; i++) {
            int p = s.parent[i];
            boolean isChosen = s.elements.get(i) == chosen;
            inside[i] = isChosen || p >= 0 && inside[p];
            Optional<String> own = isChosen ? Optional.empty() : s.noise(i);
            noiseBelow[i] = own.isPresent() ? own.get() : isChosen || p < 0 ? null : noiseBelow[p];
        }
        List<Block> out = new ArrayList<>();
        for (HtmlBlockCollector.TextBlock b : s.blocks) {
            int i = s.indexOf(b.owner());
            String noise = i < 0 ? null : noiseBelow[i];
            if (i < 0 || !inside[i]) {
                out.add(Block.removed(b.lines(), b.kind(), noise != null ? noise : OUTSIDE));
            } else if (noise != null) {
                out.add(Block.removed(b.lines(), b.kind(), noise));
            } else if (s.linkList(b)) {
                out.add(Block.removed(b.lines(), b.kind(), LINK_LIST));
            } else {
                out.add(Block.of(b.lines(), b.kind()));
            }
        }
        return merged(out);
    }

    /** Consecutive removed blocks with the same reason become one, so a menu is one entry rather than fifty. */
    private static List<Block> merged(List<Block> blocks) {
        List<Block> out = new ArrayList<>();
        List<String> run = new ArrayList<>();
        Block first = null;
        for (Block b : blocks) {
            if (first != null && b.removedReason() != null && b.removedReason().equals(first.removedReason())) {
                run.addAll(b.lines());
                continue;
            }
            if (first != null) {
                out.add(Block.removed(run, first.kind(), first.removedReason()));
                first = null;
                run = new ArrayList<>();
            }
            if (b.removedReason() != null) {
                first = b;
                run.addAll(b.lines());
            } else {
                out.add(b);
            }
        }
        if (first != null) {
            out.add(Block.removed(run, first.kind(), first.removedReason()));
        }
        return out;
    }

    /**
     * Per-page scoring state, in arrays indexed by each element's position in document order so that
     * every total is one pass up or down the tree: linear in the size of the page however deep it is
     * nested (a walk up from every block would be quadratic on a deep page).
     */
    private final class Scoring {
        final List<HtmlBlockCollector.TextBlock> blocks;
        final List<Element> elements;
        final int[] parent;
        private final Map<Element, Integer> index = new IdentityHashMap<>();
        private final List<Optional<String>> ownNoise;
        private final long[] contentChars;
        private final boolean[] hasBlock;
        private final double[] scores;
        private final long totalContent;

        Scoring(Element root, List<HtmlBlockCollector.TextBlock> blocks) {
            this.blocks = blocks;
            this.elements = root.getAllElements();
            int n = elements.size();
            this.parent = new int[n];
            for (int i = 0; i < n; i++) {
                index.put(elements.get(i), i);
            }
            for (int i = 0; i < n; i++) {
                Element p = elements.get(i).parent();
                parent[i] = p == null ? -1 : index.getOrDefault(p, -1);
            }
            this.contentChars = new long[n];
            this.hasBlock = new boolean[n];
            long total = 0;
            for (HtmlBlockCollector.TextBlock b : blocks) {
                int i = indexOf(b.owner());
                if (i >= 0) {
                    hasBlock[i] = true;
                    if (contentLike(b)) {
                        contentChars[i] += b.chars();
                    }
                }
                if (contentLike(b)) {
                    total += b.chars();
                }
            }
            sumUp(contentChars);
            for (int i = n - 1; i > 0; i--) {
                if (parent[i] >= 0) {
                    hasBlock[parent[i]] |= hasBlock[i];
                }
            }
            this.totalContent = total;
            this.ownNoise = new ArrayList<>(n);
            boolean[] noisy = new boolean[n];
            for (int i = 0; i < n; i++) {
                // an element with no text under it owns no block and is no block's ancestor: its evidence never counts
                ownNoise.add(hasBlock[i] ? ClassEvidence.noise(elements.get(i)) : Optional.empty());
            }
            for (int i = 0; i < n; i++) {
                noisy[i] = noise(i).isPresent() || parent[i] >= 0 && noisy[parent[i]];
            }
            this.scores = new double[n];
            for (HtmlBlockCollector.TextBlock b : blocks) {
                int i = indexOf(b.owner());
                if (i >= 0) {
                    scores[i] += weight(b, noisy[i]);
                }
            }
            sumUp(scores);
        }

        int indexOf(Element e) {
            return e == null ? -1 : index.getOrDefault(e, -1);
        }

        /** Adds every element's value to its parent's, children before parents (reverse document order). */
        private void sumUp(long[] values) {
            for (int i = values.length - 1; i > 0; i--) {
                if (parent[i] >= 0) {
                    values[parent[i]] += values[i];
                }
            }
        }

        private void sumUp(double[] values) {
            for (int i = values.length - 1; i > 0; i--) {
                if (parent[i] >= 0) {
                    values[parent[i]] += values[i];
                }
            }
        }

        boolean contentLike(HtmlBlockCollector.TextBlock b) {
            return b.chars() >= config.minContentChars() && b.linkDensity() <= config.maxLinkDensity();
        }

        boolean linkList(HtmlBlockCollector.TextBlock b) {
            return b.linkDensity() > config.maxLinkDensity();
        }

        /** Why element {@code i} is noise, unless it holds so much of the page's content that it must be a wrapper. */
        Optional<String> noise(int i) {
            Optional<String> own = ownNoise.get(i);
            if (own.isPresent() && contentChars[i] > config.wrapperShare() * totalContent) {
                return Optional.empty();
            }
            return own;
        }

        private double weight(HtmlBlockCollector.TextBlock b, boolean inNoise) {
            if (inNoise || linkList(b)) {
                return -config.noiseWeight() * b.chars();
            }
            return contentLike(b) ? b.chars() : 0;
        }

        /**
         * The highest-scoring element that holds text, boosted when markup says it is the article; on a
         * tie the inner element wins. Null for a page without text.
         */
        Element best() {
            int best = -1;
            double bestScore = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < elements.size(); i++) {
                if (!hasBlock[i]) {
                    continue;
                }
                double score = scores[i];
                if (score > 0 && ClassEvidence.article(elements.get(i))) {
                    score *= config.markupBoost();
                }
                if (score > bestScore || score == bestScore && best >= 0 && descends(i, best)) {
                    bestScore = score;
                    best = i;
                }
            }
            return best < 0 ? null : elements.get(best);
        }

        private boolean descends(int i, int ancestor) {
            for (int p = parent[i]; p >= 0; p = parent[p]) {
                if (p == ancestor) {
                    return true;
                }
            }
            return false;
        }

        /** The element whose text best matches (bag-of-words F1) the given words, or null. */
        Element bestMatch(Set<String> words, int size) {
            int n = elements.size();
            long[] tokens = new long[n];
            long[] hits = new long[n];
            for (HtmlBlockCollector.TextBlock b : blocks) {
                int i = indexOf(b.owner());
                if (i < 0) {
                    continue;
                }
                List<String> t = ContentWords.tokens(b.text());
                tokens[i] += t.size();
                hits[i] += t.stream().filter(words::contains).count();
            }
            sumUp(tokens);
            sumUp(hits);
            int best = -1;
            double bestF1 = 0;
            for (int i = 0; i < n; i++) {
                if (!hasBlock[i] || tokens[i] == 0 || size == 0) {
                    continue;
                }
                double p = (double) hits[i] / tokens[i];
                double r = Math.min(1.0, (double) hits[i] / size);
                double f1 = p + r == 0 ? 0 : 2 * p * r / (p + r);
                if (f1 > bestF1) {
                    bestF1 = f1;
                    best = i;
                }
            }
            return best < 0 ? null : elements.get(best);
        }
    }
}
