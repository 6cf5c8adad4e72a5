package org.sitrep.analyse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.annotate.AnnotatedArticle;
import org.sitrep.annotate.ContentTerms;
import org.sitrep.annotate.Quantity;
import org.sitrep.annotate.Quote;
import org.sitrep.annotate.Sentence;
import org.sitrep.annotate.SentenceEmbedder;
import org.sitrep.cluster.Story;
import org.sitrep.model.ArticleId;
import org.sitrep.model.Citation;
import org.sitrep.model.EntityId;
import org.sitrep.text.Embedding;
import org.sitrep.text.SurfaceFacts;
import org.sitrep.text.TermVector;
import org.sitrep.text.TfIdf;

/**
 * A story's sentences ready to be chosen for a summary, headline or timeline: each with its TF-IDF
 * vector over the story, its sentence embedding (when an embedder is given, the story has at least
 * {@link SummaryConfig#meaningSources()} independent sources, and the sentence is long enough or
 * dated, see {@link #meanings}), the entities it names,
 * the figures it gives and how much of it is quoted, and a way to find the sentences of other
 * sources that state the same content.
 *
 * <p>Support is found by meaning and shared facts: a sentence supports another when their meanings
 * are close (embedding cosine at least {@link SummaryConfig#meaningThreshold()}, when the pool
 * compares meanings; a sentence without an embedding then supports nothing), their words overlap (TF-IDF cosine at least the support threshold), it names every
 * entity the other names and has every capitalised word the other has after its first, and it gives
 * every figure the other gives, in the same digits ({@link SurfaceFacts}).
 *
 * <p>A story of many articles is bounded: at most {@link SummaryConfig#maxCandidates()} sentences
 * are pooled, taken in lead order (every article's first sentence, then every second sentence, ...),
 * because news states what matters first; the work after that is quadratic in the pool. Built once
 * per story and shared by the analysers that read it ({@link SentencePools}); immutable after
 * construction.
 */
final class SentencePool {

    /**
     * One sentence of one article, with the text a report writes for it: compressed, keeping its
     * attribution when it gives a figure ({@link SentenceTrimmer#compress(String, boolean)}).
     */
    record Candidate(AnnotatedArticle article, Sentence sentence, int position, String written, TermVector vector,
            Embedding meaning,
            List<String> terms, Set<EntityId> entities, Set<Double> figures, Set<String> digits, Set<String> names,
            Set<String> words, double quotedShare) {

        Citation citation() {
            return new Citation(article.id(), sentence.span());
        }

        String text() {
            return sentence.span().of(article.text());
        }
    }

    private final Story story;
    private final List<Candidate> candidates;
    private final TermVector centroid;
    private final double[] meaningCentroid;
    private final double supportThreshold;
    private final double meaningThreshold;

    SentencePool(StoryAnalysis analysis, SentenceEmbedder embedder, SummaryConfig config) {
        this.story = analysis.story();
        this.supportThreshold = config.supportThreshold();
        this.meaningThreshold = config.meaningThreshold();
        EntityIndex index = new EntityIndex(analysis.entities());
        List<Object[]> raw = pick(story.articles(), config.maxCandidates());
        List<List<String>> bags = new ArrayList<>(raw.size());
        for (Object[] r : raw) {
            bags.add(ContentTerms.of(((AnnotatedArticle) r[0]).tokensOf((Sentence) r[1])));
        }
        // one source has no other source's sentences to match by meaning: words suffice, and cost far less
        boolean byMeaning = embedder != null && sourceCount(story) >= config.meaningSources();
        List<Embedding> meanings = byMeaning ? meanings(raw, embedder, config) : null;
        TfIdf weights = TfIdf.fit(bags);
        List<Candidate> out = new ArrayList<>(raw.size());
        // summed in place: adding vector by vector would copy the growing sum once per sentence
        Map<String, Double> sum = new HashMap<>();
        double[] meaningSum = byMeaning ? new double[embedder.dimension()] : null;
        for (int i = 0; i < raw.size(); i++) {
            AnnotatedArticle a = (AnnotatedArticle) raw.get(i)[0];
            Sentence s = (Sentence) raw.get(i)[1];
            TermVector v = weights.vector(bags.get(i));
            Set<EntityId> entities = new HashSet<>();
            for (EntityIndex.Located l : index.within(a.id(), s.span())) {
                entities.add(l.entity().id());
            }
            Set<Double> figures = new HashSet<>();
            for (Quantity q : a.quantities()) {
                if (s.span().contains(q.span())) {
                    figures.add(q.value());
                }
            }
            Embedding meaning = meanings == null ? null : meanings.get(i);
            String text = s.span().of(a.text());
            // as a report writes it; names as the written sentence has them (a dateline dropped moves the first word)
            String written = SentenceTrimmer.compress(text, !figures.isEmpty());
            out.add(new Candidate(a, s, (Integer) raw.get(i)[2], written, v, meaning, List.copyOf(bags.get(i)), entities,
                    figures, SurfaceFacts.figures(text), SurfaceFacts.names(written), SurfaceFacts.words(text),
                    quotedShare(a, s)));
            if (story.sourceOf(a.id()).equals(a.id())) {
                v.normalized().weights().forEach((k, w) -> sum.merge(k, w, Double::sum));
                if (meaning != null) {
                    float[] values = meaning.values();
                    for (int d = 0; d < values.length; d++) {
                        meaningSum[d] += values[d];
                    }
                }
            }
        }
        this.candidates = List.copyOf(out);
        this.centroid = new TermVector(sum);
        this.meaningCentroid = meaningSum;
    }

    private SentencePool(SentencePool built, SummaryConfig config) {
        this.story = built.story;
        this.candidates = built.candidates;
        this.centroid = built.centroid;
        this.meaningCentroid = built.meaningCentroid;
        this.supportThreshold = config.supportThreshold();
        this.meaningThreshold = config.meaningThreshold();
    }

    /**
     * This pool's sentences judged by {@code config}'s support and meaning thresholds: the same
     * candidates (what is pooled depends only on {@link #sameCandidates}'s settings), without
     * building them again.
     */
    SentencePool judgedBy(SummaryConfig config) {
        return config.supportThreshold() == supportThreshold && config.meaningThreshold() == meaningThreshold ? this
                : new SentencePool(this, config);
    }

    /**
     * True when pools built with these two settings pool the same sentences with the same vectors:
     * they agree on everything the constructor reads (candidate cap, fewest sources for meanings,
     * shortest sentence embedded); the thresholds are only read when sentences are compared.
     */
    static boolean sameCandidates(SummaryConfig a, SummaryConfig b) {
        return a.maxCandidates() == b.maxCandidates() && a.meaningSources() == b.meaningSources()
                && a.minSentenceWords() == b.minSentenceWords();
    }

    /**
     * The embeddings of the sentences a summary, headline or timeline can use (null for the others):
     * sentences of at least {@link SummaryConfig#minSentenceWords()} words (a superset of those a
     * summary may take, which are counted after compression),
     * and dated sentences of any length (timeline entries). The rest (bylines, captions, buttons,
     * list items) are never chosen, yet they were most of the sentences and a third of the embedding
     * time on scraped pages, and they pulled the story's centroid towards page furniture.
     */
    private static List<Embedding> meanings(List<Object[]> raw, SentenceEmbedder embedder, SummaryConfig config) {
        List<String> texts = new ArrayList<>();
        List<Integer> at = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            AnnotatedArticle a = (AnnotatedArticle) raw.get(i)[0];
            Sentence s = (Sentence) raw.get(i)[1];
            String text = s.span().of(a.text());
            if (SentenceTrimmer.words(SentenceTrimmer.trim(text)) >= config.minSentenceWords()
                    || !SentenceDates.in(a, s.span()).isEmpty()) {
                texts.add(text);
                at.add(i);
            }
        }
        List<Embedding> embedded = embedder.embedAll(texts);
        List<Embedding> out = new ArrayList<>(java.util.Collections.nCopies(raw.size(), (Embedding) null));
        for (int k = 0; k < at.size(); k++) {
            out.set(at.get(k), embedded.get(k));
        }
        return out;
    }

    /**
     * The sentences to pool, as (article, sentence, position) triples: all of them when they fit the
     * cap, else in lead order until the cap; sentences whose span does not fit the text are skipped.
     */
    private static List<Object[]> pick(List<AnnotatedArticle> articles, int cap) {
        List<Object[]> all = new ArrayList<>();
        for (AnnotatedArticle a : articles) {
            int position = 0;
            for (Sentence s : a.sentences()) {
                if (s.span().fits(a.text().length()) && s.span().length() > 0) {
                    all.add(new Object[] {a, s, position++});
                }
            }
        }
        if (all.size() <= cap) {
            return all;
        }
        List<Object[]> lead = new ArrayList<>(all);
        // stable sort: within one position, articles keep the story's order
        lead.sort(Comparator.comparingInt(r -> (Integer) r[2]));
        return new ArrayList<>(lead.subList(0, cap));
    }

    List<Candidate> candidates() {
        return candidates;
    }

    /** True when the pool compares meanings with sentence embeddings, not only words. */
    boolean hasMeanings() {
        return meaningCentroid != null;
    }

    /**
     * Closeness of a sentence to what the story as a whole is about: cosine of its embedding with the
     * mean embedding of the story's independent sources' embedded sentences; without an embedding, of its TF-IDF
     * vector with their summed unit vectors.
     */
    double centrality(Candidate c) {
        if (meaningCentroid == null || c.meaning() == null) {
            return c.vector().cosine(centroid);
        }
        float[] v = c.meaning().values();
        double dot = 0;
        double norm = 0;
        for (int d = 0; d < v.length; d++) {
            dot += v[d] * meaningCentroid[d];
            norm += meaningCentroid[d] * meaningCentroid[d];
        }
        return norm == 0 ? 0 : dot / Math.sqrt(norm);
    }

    /** How alike two sentences are: embedding cosine when there are embeddings, else TF-IDF cosine. */
    double similarity(Candidate a, Candidate b) {
        if (a.meaning() != null && b.meaning() != null) {
            return a.meaning().cosine(b.meaning());
        }
        return a.vector().cosine(b.vector());
    }

    /** Number of independent sources in the story. */
    int sources() {
        return sourceCount(story);
    }

    private static int sourceCount(Story story) {
        return (int) story.articles().stream().map(a -> story.sourceOf(a.id())).distinct().count();
    }

    /** The independent source an article stands for. */
    ArticleId sourceOf(ArticleId article) {
        return story.sourceOf(article);
    }

    /**
     * The citations supporting {@code c}: its own sentence and, from every other article, the best
     * sentence that states the same content. Ordered with {@code c} first, then by article.
     */
    List<Citation> support(Candidate c) {
        Map<ArticleId, Candidate> best = new LinkedHashMap<>();
        Map<ArticleId, Double> bestScore = new LinkedHashMap<>();
        for (Candidate o : candidates) {
            if (o.article().id().equals(c.article().id()) || !supports(o, c)) {
                continue;
            }
            double s = similarity(o, c);
            if (s > bestScore.getOrDefault(o.article().id(), -1.0)) {
                best.put(o.article().id(), o);
                bestScore.put(o.article().id(), s);
            }
        }
        List<Citation> out = new ArrayList<>();
        out.add(c.citation());
        best.values().forEach(o -> out.add(o.citation()));
        return out;
    }

    /** Independent sources among the citations (copies of one source count once). */
    int independentSources(List<Citation> citations) {
        Set<ArticleId> sources = new HashSet<>();
        for (Citation c : citations) {
            sources.add(story.sourceOf(c.article()));
        }
        return sources.size();
    }

    /** True when sentence {@code o} states the content of {@code c} (see the class comment). */
    boolean supports(Candidate o, Candidate c) {
        if (o.vector().cosine(c.vector()) < supportThreshold) {
            return false;
        }
        if (meaningCentroid != null && (o.meaning() == null || c.meaning() == null)) {
            return false; // a sentence not embedded (too short, undated) is not checked for meaning, so it supports nothing
        }
        if (o.meaning() != null && c.meaning() != null && o.meaning().cosine(c.meaning()) < meaningThreshold) {
            return false;
        }
        if (!o.entities().containsAll(c.entities()) || !o.digits().containsAll(c.digits())
                || !o.words().containsAll(c.names())) {
            return false;
        }
        return o.figures().containsAll(c.figures());
    }

    /**
     * True when two sentences say much the same thing, whatever names and figures each adds: close in
     * words and in meaning. A summary that has one gains little from the other.
     */
    boolean restates(Candidate a, Candidate b) {
        if (a.vector().cosine(b.vector()) < supportThreshold) {
            return false;
        }
        return a.meaning() == null || b.meaning() == null || a.meaning().cosine(b.meaning()) >= meaningThreshold;
    }

    private static double quotedShare(AnnotatedArticle a, Sentence s) {
        int quoted = 0;
        for (Quote q : a.quotes()) {
            if (q.direct() && q.span().overlaps(s.span())) {
                quoted += Math.min(q.span().end(), s.span().end()) - Math.max(q.span().start(), s.span().start());
            }
        }
        return s.span().length() == 0 ? 0 : Math.min(1.0, quoted / (double) s.span().length());
    }
}
