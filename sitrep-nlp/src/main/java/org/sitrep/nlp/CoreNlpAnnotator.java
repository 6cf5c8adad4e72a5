package org.sitrep.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.sitrep.annotate.AnnotatedArticle;
import org.sitrep.annotate.ArticleAnnotator;
import org.sitrep.annotate.Mention;
import org.sitrep.annotate.Sentence;
import org.sitrep.annotate.TimeExpression;
import org.sitrep.annotate.Token;
import org.sitrep.extract.Article;
import org.sitrep.model.Capability;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.DateRange;
import org.sitrep.model.EntityType;
import org.sitrep.model.Span;
import org.sitrep.pipeline.Problem;
import org.sitrep.pipeline.ProblemSink;

/**
 * The Stanford CoreNLP annotation stage: tokens (with lemma, part of speech, coarse NER tag and
 * normalised value), sentences, named mentions and time expressions for one article, all as
 * stand-off spans into {@link Article#text()}.
 *
 * <p>CoreNLP's tokenizer and sentence splitter run as a CoreNLP pipeline; the part-of-speech tagger
 * runs as {@link PartOfSpeechTagger} (CoreNLP's model and search, the same tags with less repeated
 * work); the lemmatiser and any other annotator configured after {@code pos} run as a second CoreNLP
 * pipeline; NER runs as {@link NamedEntityTagger}, CoreNLP's own NER parts arranged so that the costly
 * ones run only where they can find something (see {@link CoreNlpConfig} for what the defaults keep and
 * why).
 *
 * <p>Needs an {@link Article}; gives an {@link AnnotatedArticle} whose time expressions carry
 * SUTime's TIMEX3 type and value but are not yet resolved (that is the {@code DateResolver}
 * layer's job) and whose mentions are CoreNLP's as given, minus pronouns (the
 * {@code MentionRefiner} layer fixes the rest). An article published on a known day is given to
 * SUTime as its document date; an article dated more coarsely, or not at all, gets none, so that
 * SUTime leaves relative expressions relative instead of anchoring them to a guessed day.
 *
 * <p>Bad input never fails a call: text past {@link CoreNlpConfig#maxArticleChars()} is left
 * unannotated, long sentences are tagged in pieces and runs of text without spaces are left
 * untagged, each reported by {@link #annotate(Article, ProblemSink)} as one warning.
 *
 * <p>Cost: the constructor loads the models (about 5-10 s and under 1 GB of heap with the
 * defaults); build one per JVM and share it. With the defaults, annotation runs at several times the
 * speed of CoreNLP's default pipeline (BENCHMARKS.md, "Annotation"), in a JVM started with
 * {@value JitSettings#OPTION} (without it CoreNLP's NER feature extractor runs interpreted; see
 * {@link JitSettings}). Thread-safe: every call
 * annotates its own CoreNLP {@code Annotation}. {@link #close()} drops the models; calls after it
 * fail.
 */
public final class CoreNlpAnnotator implements ArticleAnnotator {

    /** CoreNLP's coarse and fine entity tags that Sitrep keeps as named mentions, and as what. */
    private static final Map<String, EntityType> ENTITY_TAGS = Map.of(
            "PERSON", EntityType.PERSON,
            "ORGANIZATION", EntityType.ORGANIZATION,
            "LOCATION", EntityType.LOCATION,
            "MISC", EntityType.MISC,
            "COUNTRY", EntityType.COUNTRY,
            "CITY", EntityType.CITY,
            "STATE_OR_PROVINCE", EntityType.STATE_OR_PROVINCE,
            "NATIONALITY", EntityType.NATIONALITY,
            "RELIGION", EntityType.MISC,
            "IDEOLOGY", EntityType.MISC);

    /** NER tags SUTime gives time expressions; they become {@link TimeExpression}s, not mentions. */
    private static final Set<String> TIME_TAGS = Set.of("DATE", "TIME", "DURATION", "SET");

    /**
     * Pronouns CoreNLP's entity-mention builder sometimes emits as PERSON mentions ("he", "his");
     * a mention made only of these is dropped, because a pronoun is not a name.
     */
    private static final Set<String> PRONOUNS = Set.of("i", "me", "my", "mine", "you", "your", "yours", "he",
            "him", "his", "she", "her", "hers", "it", "its", "we", "us", "our", "ours", "they", "them", "their",
            "theirs", "himself", "herself", "itself", "themselves");

    /**
     * Bumped whenever the mapping from CoreNLP's output to Sitrep's records changes, so that cached
     * annotations made by an older mapping are not reused ({@link #fingerprint()}).
     */
    private static final int MAPPING_VERSION = 2;
    /** How far back from the article limit a paragraph or sentence break is looked for. */
    private static final int CUT_LOOKBACK_CHARS = 5_000;

    private final CoreNlpConfig config;
    private final Set<Capability> provides;
    private final String fingerprint;
    private volatile Models models;

    /**
     * The loaded steps in running order: CoreNLP's annotators before {@code pos}, the tagger (null when
     * the config has no {@code pos}), CoreNLP's annotators after it but NER (null when none), then NER
     * (null when the config has no {@code ner}).
     */
    private record Models(StanfordCoreNLP beforeTagging, PartOfSpeechTagger partOfSpeech,
            StanfordCoreNLP afterTagging, NamedEntityTagger entities) {
    }

    /**
     * SUTime resolves weekday names one way on its first uses in a JVM and the other way after
     * ("Friday" in an article of Tuesday 18 February 2020 is first 2020-02-21, then 2020-02-14).
     * Annotating this once when the pipeline is built settles it, so the same input gives the same
     * output from the first call on.
     */
    private static final String WARM_UP_TEXT = "The talks began on Monday and ended on Friday.";
    private static final String WARM_UP_DATE = "2000-01-05";

    /** Loads the CoreNLP models named by {@code config}; takes seconds (see the class comment). */
    public CoreNlpAnnotator(CoreNlpConfig config) {
        this.config = java.util.Objects.requireNonNull(config, "config");
        this.provides = capabilities(config);
        this.fingerprint = "corenlp " + coreNlpVersion() + "; mapping " + MAPPING_VERSION + "; " + config;
        this.models = load(config);
        Annotation warmUp = new Annotation(WARM_UP_TEXT);
        warmUp.set(CoreAnnotations.DocDateAnnotation.class, WARM_UP_DATE);
        run(warmUp, models, new TaggingLimits(config));
    }

    public CoreNlpConfig config() {
        return config;
    }

    @Override
    public String name() {
        return "corenlp";
    }

    @Override
    public Set<Capability> provides() {
        return provides;
    }

    /** CoreNLP's version, the corenlp, models and settings of this annotator, and the mapping's version. */
    @Override
    public String fingerprint() {
        return fingerprint;
    }

    @Override
    public AnnotatedArticle apply(Article article) {
        return annotate(article, ProblemSink.IGNORE);
    }

    @Override
    public AnnotatedArticle annotate(Article article, ProblemSink problems) {
        Models loaded = models;
        if (loaded == null) {
            throw new IllegalStateException("CoreNLP annotator is closed");
        }
        String text = article.text();
        TaggingLimits limits = new TaggingLimits(config);
        int annotated = annotatedLength(text, config.maxArticleChars());
        if (annotated < text.length()) {
            limits.textCut(annotated, text.length());
        }
        Annotation doc = new Annotation(annotated < text.length() ? text.substring(0, annotated) : text);
        String docDate = documentDate(article.published());
        if (docDate != null) {
            doc.set(CoreAnnotations.DocDateAnnotation.class, docDate);
        }
        run(doc, loaded, limits);
        for (String warning : limits.warnings()) {
            problems.report(Problem.warning(article.origin().location(), warning));
        }

        List<Token> tokens = tokens(doc, text.length());
        List<Sentence> sentences = sentences(doc, text.length());
        List<Mention> mentions = new ArrayList<>();
        List<TimeExpression> times = new ArrayList<>();
        List<CoreMap> found = doc.get(CoreAnnotations.MentionsAnnotation.class);
        for (CoreMap m : found == null ? List.<CoreMap>of() : found) {
            String tag = m.get(CoreAnnotations.NamedEntityTagAnnotation.class);
            Span span = span(m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
                    m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class), text.length());
            if (tag == null || span == null || span.length() == 0) {
                continue;
            }
            int sentence = sentenceIndex(m, sentences, span);
            if (TIME_TAGS.contains(tag)) {
                times.add(timeExpression(m, tag, span, text, sentence));
            } else if (ENTITY_TAGS.containsKey(tag) && !isPronoun(m)) {
                mentions.add(new Mention(span, span.of(text), ENTITY_TAGS.get(tag), sentence));
            }
        }
        // CoreNLP lists pronominal and time mentions after the others of a sentence; Sitrep's lists
        // are in text order.
        mentions.sort(Comparator.comparing(Mention::span));
        times.sort(Comparator.comparing(TimeExpression::span));
        return new AnnotatedArticle(article, tokens, sentences, mentions, times, List.of(), List.of());
    }

    /**
     * Drops the models. Annotating after this fails; closing twice is harmless. CoreNLP also caches
     * loaded models in a JVM-wide pool so that a second pipeline with the same settings loads
     * nothing; closing clears that cache too, so the memory is freed. Other open annotators keep
     * working (they hold their own references); one built later loads its models again.
     */
    @Override
    public void close() {
        models = null;
        StanfordCoreNLP.clearAnnotatorPool();
    }

    private static void run(Annotation doc, Models m, TaggingLimits limits) {
        m.beforeTagging().annotate(doc);
        if (m.partOfSpeech() != null) {
            m.partOfSpeech().tag(doc);
        }
        if (m.afterTagging() != null) {
            m.afterTagging().annotate(doc);
        }
        if (m.entities() != null) {
            m.entities().tag(doc, limits);
        }
    }

    private static Models load(CoreNlpConfig config) {
        List<String> annotators = new ArrayList<>(config.annotators());
        annotators.remove("ner");
        int pos = annotators.indexOf("pos");
        if (pos < 0) {
            return new Models(pipeline(config, annotators, true), null, null, ner(config));
        }
        List<String> after = annotators.subList(pos + 1, annotators.size());
        // the second pipeline's annotators need pos, which CoreNLP's requirement check cannot see
        return new Models(pipeline(config, annotators.subList(0, pos), true), new PartOfSpeechTagger(),
                after.isEmpty() ? null : pipeline(config, after, false), ner(config));
    }

    private static NamedEntityTagger ner(CoreNlpConfig config) {
        return config.annotators().contains("ner") ? new NamedEntityTagger(config) : null;
    }

    /**
     * How much of {@code text} to annotate: all of it when it is within {@code max} characters,
     * otherwise up to the last paragraph break, else the last sentence end, else the last space
     * shortly before the limit, never inside a surrogate pair.
     */
    static int annotatedLength(String text, int max) {
        if (text.length() <= max) {
            return text.length();
        }
        int floor = Math.max(0, max - CUT_LOOKBACK_CHARS);
        for (String boundary : List.of("\n\n", ". ", " ")) {
            int at = text.lastIndexOf(boundary, max - boundary.length());
            if (at > floor) {
                return at + boundary.length();
            }
        }
        return Character.isLowSurrogate(text.charAt(max)) ? max - 1 : max;
    }

    /** A CoreNLP pipeline of {@code annotators}, with the config's settings. */
    private static StanfordCoreNLP pipeline(CoreNlpConfig config, List<String> annotators, boolean checkRequirements) {
        Properties p = new Properties();
        p.setProperty("annotators", String.join(",", annotators));
        p.setProperty("ssplit.newlineIsSentenceBreak", config.newlineIsSentenceBreak());
        return new StanfordCoreNLP(p, checkRequirements);
    }

    private static String coreNlpVersion() {
        String v = StanfordCoreNLP.class.getPackage().getImplementationVersion();
        return v == null ? "unknown" : v;
    }

    private static Set<Capability> capabilities(CoreNlpConfig config) {
        EnumSet<Capability> c = EnumSet.of(Capability.TOKENS, Capability.SENTENCES);
        if (config.annotators().contains("pos")) {
            c.add(Capability.PART_OF_SPEECH);
        }
        if (config.annotators().contains("lemma")) {
            c.add(Capability.LEMMAS);
        }
        if (config.annotators().contains("ner")) {
            c.add(Capability.ENTITY_MENTIONS);
            c.add(Capability.TIME_EXPRESSIONS);
        }
        return java.util.Collections.unmodifiableSet(c);
    }

    /** SUTime's document date: the ISO day when the article is dated to the day, otherwise none. */
    static String documentDate(DateRange published) {
        if (published == null || published.precision() != DatePrecision.DAY
                || !published.first().equals(published.last())) {
            return null;
        }
        return published.first().toString();
    }

    private static List<Token> tokens(Annotation doc, int textLength) {
        List<CoreLabel> labels = doc.get(CoreAnnotations.TokensAnnotation.class);
        List<Token> tokens = new ArrayList<>(labels == null ? 0 : labels.size());
        for (CoreLabel l : labels == null ? List.<CoreLabel>of() : labels) {
            Span span = span(l.beginPosition(), l.endPosition(), textLength);
            String word = l.originalText() != null ? l.originalText() : l.word();
            String coarse = l.get(CoreAnnotations.CoarseNamedEntityTagAnnotation.class);
            tokens.add(new Token(span == null ? new Span(textLength, textLength) : span, word == null ? "" : word,
                    l.lemma(), l.tag(), coarse != null ? coarse : l.ner(),
                    l.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class)));
        }
        return tokens;
    }

    private static List<Sentence> sentences(Annotation doc, int textLength) {
        List<CoreMap> found = doc.get(CoreAnnotations.SentencesAnnotation.class);
        List<Sentence> sentences = new ArrayList<>(found == null ? 0 : found.size());
        for (CoreMap s : found == null ? List.<CoreMap>of() : found) {
            Span span = span(s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
                    s.get(CoreAnnotations.CharacterOffsetEndAnnotation.class), textLength);
            Integer first = s.get(CoreAnnotations.TokenBeginAnnotation.class);
            Integer end = s.get(CoreAnnotations.TokenEndAnnotation.class);
            if (span == null || first == null || end == null) {
                continue;
            }
            sentences.add(new Sentence(sentences.size(), span, first, end));
        }
        return sentences;
    }

    private static TimeExpression timeExpression(CoreMap m, String tag, Span span, String text, int sentence) {
        Timex timex = m.get(TimeAnnotations.TimexAnnotation.class);
        String type = timex != null && timex.timexType() != null ? timex.timexType() : tag;
        String value = null;
        if (timex != null) {
            value = timex.value() != null ? timex.value() : timex.altVal();
        }
        if (value == null) {
            value = m.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
        }
        return new TimeExpression(span, span.of(text), type, value, null, null, sentence);
    }

    private static boolean isPronoun(CoreMap m) {
        List<CoreLabel> tokens = m.get(CoreAnnotations.TokensAnnotation.class);
        if (tokens == null || tokens.isEmpty()) {
            return false;
        }
        for (CoreLabel t : tokens) {
            String tag = t.tag() == null ? "" : t.tag();
            boolean pronoun = tag.startsWith("PRP")
                    || PRONOUNS.contains(t.word().toLowerCase(java.util.Locale.ROOT));
            if (!pronoun) {
                return false;
            }
        }
        return true;
    }

    private static int sentenceIndex(CoreMap m, List<Sentence> sentences, Span span) {
        Integer given = m.get(CoreAnnotations.SentenceIndexAnnotation.class);
        if (given != null && given >= 0 && given < sentences.size()) {
            return given;
        }
        for (Sentence s : sentences) {
            if (s.span().contains(span.start())) {
                return s.index();
            }
        }
        return Math.max(0, sentences.size() - 1);
    }

    /**
     * The span for CoreNLP's offsets, clipped to the text: CoreNLP's offsets are UTF-16 indexes into
     * the text it was given, so clipping never changes a well-formed span; it only keeps a
     * malformed one from breaking the records' invariants.
     */
    private static Span span(Integer begin, Integer end, int textLength) {
        if (begin == null || end == null) {
            return null;
        }
        int b = Math.max(0, Math.min(begin, textLength));
        int e = Math.max(b, Math.min(end, textLength));
        return new Span(b, e);
    }
}
