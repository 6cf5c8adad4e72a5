package org.sitrep.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
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
 * {@code articleBody} itself.
 *
 * <p>Thread-safe; cost is the number of text blocks times the nesting depth.
 */
final class MainContentFinder {

    static final String OUTSIDE = "outside the main content";
    static final String LINK_LIST = "link list";
    static final String REPLACED_BY_ARTICLE_BODY = "page text (JSON-LD articleBody used instead)";

    private final HtmlScoringConfig config;

    MainContentFinder(HtmlScoringConfig config) {
        this.config = Objects.requireNonNull(config, "config");
    }

    /** The page's blocks in document order, each kept or removed with a reason. */
    List<Block> find(Element root, String articleBody) {
        List<HtmlBlockCollector.TextBlock> blocks = HtmlBlockCollector.collect(root);
        Scoring s = new Scoring(blocks);
        Element chosen = s.best();
        List<Block> out = collect(s, chosen);
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

    private static double recall(List<Block> blocks, Set<String> bodyWords, int bodySize) {
        long hits = blocks.stream().filter(b -> b.removedReason() == null)
                .flatMap(b -> ContentWords.tokens(b.text()).stream()).filter(bodyWords::contains).count();
        return bodySize == 0 ? 1 : Math.min(1.0, (double) hits / bodySize);
    }

    /** The blocks in document order: kept inside {@code chosen} unless noise, removed with a reason otherwise. */
    private List<Block> collect(Scoring s, Element chosen) {
        List<Block> out = new ArrayList<>();
        for (HtmlBlockCollector.TextBlock b : s.blocks) {
            Optional<String> noiseBelow = Optional.empty();
            boolean inside = false;
            for (Element e = b.owner(); e != null; e = e.parent()) {
                if (e == chosen) {
                    inside = true;
                    break;
                }
                if (noiseBelow.isEmpty()) {
                    noiseBelow = s.noise(e);
                }
            }
            if (!inside) {
                out.add(Block.removed(b.lines(), b.kind(), noiseBelow.orElse(OUTSIDE)));
            } else if (noiseBelow.isPresent()) {
                out.add(Block.removed(b.lines(), b.kind(), noiseBelow.get()));
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

    /** Per-page scoring state: noise reasons, content per element, block weights, element scores. */
    private final class Scoring {
        final List<HtmlBlockCollector.TextBlock> blocks;
        private final Map<Element, Optional<String>> ownNoise = new IdentityHashMap<>();
        private final Map<Element, Long> contentChars = new IdentityHashMap<>();
        private final Map<Element, Double> scores = new LinkedHashMap<>();
        private final long totalContent;

        Scoring(List<HtmlBlockCollector.TextBlock> blocks) {
            this.blocks = blocks;
            long total = 0;
            for (HtmlBlockCollector.TextBlock b : blocks) {
                if (contentLike(b)) {
                    total += b.chars();
                    for (Element e = b.owner(); e != null; e = e.parent()) {
                        contentChars.merge(e, (long) b.chars(), Long::sum);
                    }
                }
            }
            this.totalContent = total;
            for (HtmlBlockCollector.TextBlock b : blocks) {
                double w = weight(b);
                for (Element e = b.owner(); e != null; e = e.parent()) {
                    scores.merge(e, w, Double::sum);
                }
            }
        }

        boolean contentLike(HtmlBlockCollector.TextBlock b) {
            return b.chars() >= config.minContentChars() && b.linkDensity() <= config.maxLinkDensity();
        }

        boolean linkList(HtmlBlockCollector.TextBlock b) {
            return b.linkDensity() > config.maxLinkDensity();
        }

        /** Why {@code e} is noise, unless it holds so much of the page's content that it must be a wrapper. */
        Optional<String> noise(Element e) {
            Optional<String> own = ownNoise.computeIfAbsent(e, ClassEvidence::noise);
            if (own.isPresent() && contentChars.getOrDefault(e, 0L) > config.wrapperShare() * totalContent) {
                return Optional.empty();
            }
            return own;
        }

        private double weight(HtmlBlockCollector.TextBlock b) {
            for (Element e = b.owner(); e != null; e = e.parent()) {
                if (noise(e).isPresent()) {
                    return -config.noiseWeight() * b.chars();
                }
            }
            if (linkList(b)) {
                return -config.noiseWeight() * b.chars();
            }
            return contentLike(b) ? b.chars() : 0;
        }

        /** The highest-scoring element, boosted when markup says it is the article; null for an empty page. */
        Element best() {
            Element best = null;
            double bestScore = Double.NEGATIVE_INFINITY;
            for (Map.Entry<Element, Double> e : scores.entrySet()) {
                double score = e.getValue();
                if (score > 0 && ClassEvidence.article(e.getKey())) {
                    score *= config.markupBoost();
                }
                if (score > bestScore) {
                    bestScore = score;
                    best = e.getKey();
                }
            }
            return best;
        }

        /** The element whose text best matches (bag-of-words F1) the given words, or null. */
        Element bestMatch(Set<String> words, int size) {
            Map<Element, long[]> counts = new IdentityHashMap<>();
            for (HtmlBlockCollector.TextBlock b : blocks) {
                List<String> tokens = ContentWords.tokens(b.text());
                long hits = tokens.stream().filter(words::contains).count();
                for (Element e = b.owner(); e != null; e = e.parent()) {
                    long[] c = counts.computeIfAbsent(e, k -> new long[2]);
                    c[0] += tokens.size();
                    c[1] += hits;
                }
            }
            Element best = null;
            double bestF1 = 0;
            for (Element e : scores.keySet()) {
                long[] c = counts.get(e);
                if (c == null || c[0] == 0 || size == 0) {
                    continue;
                }
                double p = (double) c[1] / c[0];
                double r = Math.min(1.0, (double) c[1] / size);
                double f1 = p + r == 0 ? 0 : 2 * p * r / (p + r);
                if (f1 > bestF1) {
                    bestF1 = f1;
                    best = e;
                }
            }
            return best;
        }
    }
}
