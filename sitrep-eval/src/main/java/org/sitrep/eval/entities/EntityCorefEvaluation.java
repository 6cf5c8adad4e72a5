package org.sitrep.eval.entities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.sitrep.analyse.CountryNames;
import org.sitrep.analyse.Entity;
import org.sitrep.analyse.EntityResolver;
import org.sitrep.analyse.EntityResolverConfig;
import org.sitrep.analyse.StoryAnalysis;
import org.sitrep.annotate.AnnotatedArticle;
import org.sitrep.annotate.Mention;
import org.sitrep.annotate.Sentence;
import org.sitrep.annotate.Token;
import org.sitrep.cluster.Story;
import org.sitrep.extract.Article;
import org.sitrep.ingest.Origin;
import org.sitrep.model.ArticleId;
import org.sitrep.model.Citation;
import org.sitrep.model.EntityType;
import org.sitrep.model.Span;

/**
 * Cross-document entity coreference on gold mentions: Sitrep's {@link EntityResolver} and two
 * reference baselines partition the gold mentions of ECB+ into entities, scored against the gold
 * chains with {@link CorefMetrics}.
 *
 * <p>Each document becomes an article: its sentences, tokens joined by spaces, sentences by blank
 * lines, the gold mentions as its mentions. Mention types come from the gold classes: HUM is
 * {@code PERSON} (people and groups of people), LOC {@code LOCATION}, NON and TIM {@code MISC}.
 * The resolver runs on one {@link Story} per group of documents: each gold topic
 * ({@link Scope#TOPIC}, as Sitrep resolves entities per story and ECB+'s topics are its stories),
 * or the whole corpus at once ({@link Scope#CORPUS}, which also tests that unrelated stories' names
 * stay apart). A mention the resolver leaves out of every entity is an entity of its own.
 *
 * <p>Baselines: {@link Method#SINGLETONS} (every mention alone) and {@link Method#SAME_HEAD}
 * (mentions in one group whose last word, lower-cased and without a plural "s", is the same).
 * Singletons of the gold data are scored like any other entity. Stateless.
 */
public final class EntityCorefEvaluation {

    /** Which documents one resolver run sees. */
    public enum Scope { TOPIC, CORPUS }

    /** What partitions the mentions. */
    public enum Method { SITREP, SAME_HEAD, SINGLETONS }

    /** The scores of one method. */
    public record Result(Method method, int entities, CorefScore muc, CorefScore bcubed, CorefScore ceafE) {

        /** The CoNLL F1: the mean of the three F1 scores. */
        public double conll() {
            return (muc.f1() + bcubed.f1() + ceafE.f1()) / 3;
        }
    }

    private static final Map<String, EntityType> TYPES = Map.of("HUM", EntityType.PERSON, "LOC", EntityType.LOCATION,
            "NON", EntityType.MISC, "TIM", EntityType.MISC);

    private final EntityResolver resolver;

    /** An evaluation of the resolver with its default settings and the given place names. */
    public EntityCorefEvaluation(CountryNames countries) {
        this.resolver = new EntityResolver(EntityResolverConfig.withCountries(Objects.requireNonNull(countries)));
    }

    /** The gold partition: one entity per chain. */
    public static List<Set<String>> gold(EcbPlusCorpus corpus) {
        Map<String, Set<String>> chains = new LinkedHashMap<>();
        for (EcbPlusCorpus.GoldMention m : corpus.mentions()) {
            chains.computeIfAbsent(m.chain(), k -> new LinkedHashSet<>()).add(m.id());
        }
        return List.copyOf(chains.values());
    }

    /** Every method's scores on all gold mentions, Sitrep first. */
    public List<Result> evaluate(EcbPlusCorpus corpus, Scope scope) {
        return evaluate(corpus, scope, false);
    }

    /**
     * Every method's scores, Sitrep first: on all gold mentions, or ({@code namesOnly}) on the
     * mentions that hold a name, which is what the resolver meets in Sitrep's pipeline (the tagger's
     * mentions are names, never "the leader" or "he"). A mention holds a name when a word other than
     * its sentence's first is capitalised, or two of its words are.
     */
    public List<Result> evaluate(EcbPlusCorpus corpus, Scope scope, boolean namesOnly) {
        Set<String> kept = new java.util.HashSet<>();
        for (EcbPlusCorpus.GoldMention m : corpus.mentions()) {
            if (!namesOnly || holdsName(m)) {
                kept.add(m.id());
            }
        }
        List<Set<String>> key = restricted(gold(corpus), kept);
        List<Result> out = new ArrayList<>();
        for (Method method : Method.values()) {
            List<Set<String>> response = restricted(partition(corpus, scope, method), kept);
            out.add(new Result(method, response.size(), CorefMetrics.muc(key, response),
                    CorefMetrics.bcubed(key, response), CorefMetrics.ceafE(key, response)));
        }
        return out;
    }

    /**
     * The mistakes of Sitrep's resolver against the gold, on all mentions or ({@code namesOnly}) on
     * those that hold a name: which gold entities it splits and which it merges.
     */
    public CorefErrors errors(EcbPlusCorpus corpus, Scope scope, boolean namesOnly) {
        Map<String, String> text = new HashMap<>();
        Set<String> kept = new java.util.HashSet<>();
        for (EcbPlusCorpus.GoldMention m : corpus.mentions()) {
            text.put(m.id(), m.text());
            if (!namesOnly || holdsName(m)) {
                kept.add(m.id());
            }
        }
        return CorefErrors.of(restricted(gold(corpus), kept), restricted(partition(corpus, scope, Method.SITREP), kept),
                text::get);
    }

    /** True when a word other than the sentence's first is capitalised, or two words are. */
    static boolean holdsName(EcbPlusCorpus.GoldMention m) {
        String[] words = m.text().trim().split("\\s+");
        int capitalised = 0;
        for (int i = 0; i < words.length; i++) {
            boolean upper = !words[i].isEmpty() && Character.isUpperCase(words[i].codePointAt(0));
            boolean sentenceInitial = m.tokens().get(0) == 0 && i == 0;
            if (upper && !sentenceInitial) {
                return true;
            }
            capitalised += upper ? 1 : 0;
        }
        return capitalised >= 2;
    }

    private static List<Set<String>> restricted(List<Set<String>> partition, Set<String> kept) {
        List<Set<String>> out = new ArrayList<>();
        for (Set<String> entity : partition) {
            Set<String> inside = new LinkedHashSet<>(entity);
            inside.retainAll(kept);
            if (!inside.isEmpty()) {
                out.add(inside);
            }
        }
        return out;
    }

    /** The partition {@code method} makes of the corpus's mentions in the given scope. */
    public List<Set<String>> partition(EcbPlusCorpus corpus, Scope scope, Method method) {
        List<Set<String>> out = new ArrayList<>();
        for (List<EcbPlusCorpus.GoldMention> group : groups(corpus, scope).values()) {
            switch (method) {
                case SINGLETONS -> group.forEach(m -> out.add(Set.of(m.id())));
                case SAME_HEAD -> out.addAll(sameHead(group));
                case SITREP -> out.addAll(resolve(corpus, group));
            }
        }
        return out;
    }

    private static Map<String, List<EcbPlusCorpus.GoldMention>> groups(EcbPlusCorpus corpus, Scope scope) {
        Map<String, List<EcbPlusCorpus.GoldMention>> groups = new LinkedHashMap<>();
        for (EcbPlusCorpus.GoldMention m : corpus.mentions()) {
            groups.computeIfAbsent(scope == Scope.TOPIC ? m.topic() : "", k -> new ArrayList<>()).add(m);
        }
        return groups;
    }

    private static List<Set<String>> sameHead(List<EcbPlusCorpus.GoldMention> group) {
        Map<String, Set<String>> byHead = new LinkedHashMap<>();
        for (EcbPlusCorpus.GoldMention m : group) {
            String[] words = m.text().trim().toLowerCase(Locale.ROOT).split("\\s+");
            String head = words[words.length - 1];
            if (head.length() > 3 && head.endsWith("s") && !head.endsWith("ss")) {
                head = head.substring(0, head.length() - 1);
            }
            byHead.computeIfAbsent(head, k -> new LinkedHashSet<>()).add(m.id());
        }
        return List.copyOf(byHead.values());
    }

    /** The resolver's entities over one group's documents, as sets of mention ids. */
    private List<Set<String>> resolve(EcbPlusCorpus corpus, List<EcbPlusCorpus.GoldMention> group) {
        Map<String, List<EcbPlusCorpus.GoldMention>> byDocument = new LinkedHashMap<>();
        for (EcbPlusCorpus.GoldMention m : group) {
            byDocument.computeIfAbsent(m.document(), k -> new ArrayList<>()).add(m);
        }
        List<AnnotatedArticle> articles = new ArrayList<>();
        Map<Citation, List<String>> idsAt = new HashMap<>();
        for (Map.Entry<String, List<EcbPlusCorpus.GoldMention>> e : byDocument.entrySet()) {
            articles.add(article(e.getKey(), corpus.documents().get(e.getKey()), e.getValue(), idsAt));
        }
        StoryAnalysis analysis = resolver.apply(StoryAnalysis.of(Story.of(articles)));
        List<Set<String>> out = new ArrayList<>();
        Set<String> placed = new LinkedHashSet<>();
        for (Entity entity : analysis.entities()) {
            Set<String> ids = new LinkedHashSet<>();
            for (Citation c : entity.mentions()) {
                for (String id : idsAt.getOrDefault(c, List.of())) {
                    if (placed.add(id)) {
                        ids.add(id);
                    }
                }
            }
            if (!ids.isEmpty()) {
                out.add(ids);
            }
        }
        for (EcbPlusCorpus.GoldMention m : group) {
            if (!placed.contains(m.id())) {
                out.add(Set.of(m.id()));
            }
        }
        return out;
    }

    /** A document as an annotated article with the gold mentions; records where each mention's id sits. */
    private static AnnotatedArticle article(String name, List<List<String>> sentences,
            List<EcbPlusCorpus.GoldMention> mentions, Map<Citation, List<String>> idsAt) {
        StringBuilder text = new StringBuilder();
        List<Token> tokens = new ArrayList<>();
        List<Sentence> sentenceRecords = new ArrayList<>();
        List<List<Span>> tokenSpans = new ArrayList<>();
        for (List<String> sentence : sentences) {
            if (text.length() > 0) {
                text.append("\n\n");
            }
            int first = tokens.size();
            int start = text.length();
            List<Span> spans = new ArrayList<>();
            for (String word : sentence) {
                if (text.length() > start) {
                    text.append(' ');
                }
                Span span = new Span(text.length(), text.length() + word.length());
                text.append(word);
                spans.add(span);
                tokens.add(new Token(span, word, null, null, null, null));
            }
            tokenSpans.add(spans);
            sentenceRecords.add(new Sentence(sentenceRecords.size(), new Span(start, text.length()), first, tokens.size()));
        }
        String body = text.toString();
        Article article = new Article(ArticleId.of(name, body), Origin.file(name), null, null, null, null, null, "en",
                body, List.of(), List.of(), false);
        List<Mention> mentionRecords = new ArrayList<>();
        for (EcbPlusCorpus.GoldMention m : mentions) {
            List<Span> spans = tokenSpans.get(m.sentence());
            int first = m.tokens().stream().mapToInt(Integer::intValue).min().orElseThrow();
            int last = m.tokens().stream().mapToInt(Integer::intValue).max().orElseThrow();
            Span span = new Span(spans.get(first).start(), spans.get(last).end());
            mentionRecords.add(new Mention(span, span.of(body), TYPES.getOrDefault(m.type(), EntityType.MISC),
                    m.sentence()));
            idsAt.computeIfAbsent(new Citation(article.id(), span), k -> new ArrayList<>()).add(m.id());
        }
        mentionRecords.sort(java.util.Comparator.comparing(Mention::span));
        return new AnnotatedArticle(article, tokens, sentenceRecords, mentionRecords, List.of(), List.of(), List.of());
    }
}
