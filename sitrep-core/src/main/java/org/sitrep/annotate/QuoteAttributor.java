package org.sitrep.annotate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.sitrep.model.Capability;
import org.sitrep.model.Span;

/**
 * The annotation layer that finds quotes and who said them: direct quotes in double quotation marks
 * and indirect statements ("Moscow said that ...", "..., the United Nations said").
 *
 * <p>Direct quotes: marks are paired robustly ({@code QuoteMarks}); the span covers the words inside
 * the marks, and a quotation that runs over several paragraphs (each reopening with a mark) is one
 * quote. Quoted text of up to {@link QuoteAttributorConfig#maxScareQuoteWords()} words is a scare
 * quote or a title ("terrorist organizations", "heavy price") unless a cue follows it. The cue is
 * sought after the closing mark ("”, Mr Lavrov said", "”, said Julien Delozanne", "”, according
 * to X"), then before the opening mark ("X said: “", "He called the area “"); a quote with no cue
 * that follows another quote in the same or the previous paragraph continues that speaker's words.
 *
 * <p>Indirect statements: a reporting verb outside quotes with a subject, as "X said (that) CLAUSE"
 * (span: the clause), "CLAUSE, X said" and "CLAUSE, said X" (span: the clause before), or "CLAUSE,
 * according to X". A verb already cueing a direct quote does not also make an indirect one.
 *
 * <p>Speakers are resolved by the {@code SpeakerResolver}: named mentions, pronouns ("he said": the
 * previous quote's speaker or the latest person named), and nominals ("the ministry said": the
 * nearest earlier organisation with "ministry" in its name). This is a light, pattern-based
 * attributor over tokens and mentions; it does not run coreference.
 *
 * <p>Needs tokens with part of speech and lemmas, sentences and mentions; gives quotes in text
 * order. Pure and thread-safe; linear in the text apart from pronoun look-ups over the mentions.
 */
public final class QuoteAttributor implements AnnotationLayer {

    private static final Pattern WORDS = Pattern.compile("[\\p{L}\\p{N}]+(?:['’\\-][\\p{L}\\p{N}]+)*");

    private final QuoteAttributorConfig config;

    public QuoteAttributor() {
        this(QuoteAttributorConfig.defaults());
    }

    public QuoteAttributor(QuoteAttributorConfig config) {
        this.config = Objects.requireNonNull(config, "config");
    }

    @Override
    public String name() {
        return "quotes";
    }

    @Override
    public Set<Capability> requires() {
        return EnumSet.of(Capability.TOKENS, Capability.SENTENCES, Capability.PART_OF_SPEECH, Capability.LEMMAS,
                Capability.ENTITY_MENTIONS);
    }

    @Override
    public Set<Capability> provides() {
        return EnumSet.of(Capability.QUOTES);
    }

    /** A quote found but not yet attributed. */
    private record Found(Span span, boolean direct, QuoteCue cue, int sentence) {
    }

    @Override
    public AnnotatedArticle apply(AnnotatedArticle article) {
        String text = article.text();
        TokenView w = new TokenView(article);
        QuoteCues cues = new QuoteCues(config, w);
        IndirectCues indirectCues = new IndirectCues(cues, w);
        List<Found> found = new ArrayList<>();
        List<Span> directSpans = new ArrayList<>();
        Set<Integer> usedVerbs = new HashSet<>();
        for (QuoteMarks.Pair p : QuoteMarks.pairs(text)) {
            Span inner = trimmed(text, p.open() + 1, p.close());
            if (inner == null) {
                continue;
            }
            int openTok = tokenStartingAt(w, p.open());
            int closeTok = tokenStartingAt(w, p.close());
            QuoteCue cue = closeTok >= 0 ? cues.after(closeTok) : null;
            if (words(inner.of(text)) <= config.maxScareQuoteWords() && cue == null) {
                continue;
            }
            if (cue == null && openTok >= 0) {
                cue = cues.before(openTok);
            }
            if (cue != null && cue.verb() >= 0) {
                usedVerbs.add(cue.verb());
            }
            directSpans.add(inner);
            found.add(new Found(inner, true, cue, sentenceIndex(article, inner.start())));
        }
        found.addAll(indirect(article, w, cues, indirectCues, directSpans, usedVerbs));
        found.sort(Comparator.comparing(Found::span));
        return article.withQuotes(attribute(article, w, found, directSpans));
    }

    private List<Found> indirect(AnnotatedArticle a, TokenView w, QuoteCues cues, IndirectCues indirectCues,
            List<Span> directSpans, Set<Integer> usedVerbs) {
        List<Found> out = new ArrayList<>();
        for (Sentence s : a.sentences()) {
            int end = Math.min(s.endToken(), w.size());
            for (int k = s.firstToken(); k < end; k++) {
                if (usedVerbs.contains(k) || inside(directSpans, w.token(k).span())) {
                    continue;
                }
                IndirectCues.Indirect ind = null;
                if (w.token(k).word().equalsIgnoreCase("according")) {
                    ind = indirectCues.accordingTo(k, s.firstToken(), end);
                } else if (cues.isSpeechVerb(k, config.reportingVerbs()) && cues.isReporting(k)) {
                    ind = indirectCues.indirect(k, s.firstToken(), end);
                }
                if (ind == null || ind.end() <= ind.first()) {
                    continue;
                }
                Span clause = w.span(ind.first(), ind.end());
                if (overlapsAny(directSpans, clause)) {
                    // the words are quoted directly; the direct quote carries them
                    continue;
                }
                out.add(new Found(clause, false, ind.cue(), s.index()));
                k = Math.max(k, ind.cue().verb());
            }
        }
        return out;
    }

    private List<Quote> attribute(AnnotatedArticle a, TokenView w, List<Found> found, List<Span> directSpans) {
        SpeakerResolver speakers = new SpeakerResolver(w, directSpans, config.pronounWindowSentences(), config.groupNouns());
        List<Quote> quotes = new ArrayList<>(found.size());
        Found previous = null;
        for (Found f : found) {
            SpeakerResolver.Speaker speaker = null;
            String cue = null;
            if (f.cue() != null) {
                speaker = speakers.resolve(f.cue().first(), f.cue().end());
                cue = f.cue().cue();
            } else if (f.direct() && previous != null && continues(a.text(), previous.span(), f.span())) {
                speaker = speakers.latest();
            }
            int end = f.cue() != null && f.cue().end() > 0 ? Math.max(f.span().end(),
                    w.token(f.cue().end() - 1).span().end()) : f.span().end();
            speakers.said(f.sentence(), end, speaker);
            quotes.add(new Quote(f.span(), speaker == null ? null : speaker.span(),
                    speaker == null ? null : speaker.text(), cue, f.direct(), f.sentence()));
            previous = f;
        }
        return quotes;
    }

    /** True when a quote without a cue is in the same paragraph as the previous quote, or the next one. */
    private static boolean continues(String text, Span previous, Span current) {
        int breaks = 0;
        int i = previous.end();
        while (i < current.start()) {
            if (text.charAt(i) == '\n') {
                breaks++;
                while (i < current.start() && Character.isWhitespace(text.charAt(i))) {
                    i++;
                }
                continue;
            }
            i++;
        }
        return breaks <= 1;
    }

    private static int words(String s) {
        int n = 0;
        java.util.regex.Matcher m = WORDS.matcher(s);
        while (m.find()) {
            n++;
        }
        return n;
    }

    private static Span trimmed(String text, int start, int end) {
        int s = start;
        int e = end;
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        return s < e ? new Span(s, e) : null;
    }

    private static int tokenStartingAt(TokenView w, int offset) {
        int lo = 0;
        int hi = w.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (w.token(mid).span().end() <= offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo < w.size() && w.token(lo).span().contains(offset) ? lo : -1;
    }

    private static int sentenceIndex(AnnotatedArticle a, int offset) {
        Sentence s = a.sentenceAt(offset);
        return s == null ? 0 : s.index();
    }

    private static boolean inside(List<Span> spans, Span s) {
        for (Span q : spans) {
            if (q.contains(s)) {
                return true;
            }
        }
        return false;
    }

    private static boolean overlapsAny(List<Span> spans, Span s) {
        for (Span q : spans) {
            if (q.overlaps(s)) {
                return true;
            }
        }
        return false;
    }

}
