package org.sitrep.flink;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.sitrep.Sitrep;
import org.sitrep.annotate.AnnotatedArticle;
import org.sitrep.annotate.ArticleAnnotator;
import org.sitrep.annotate.Mention;
import org.sitrep.annotate.Token;
import org.sitrep.cluster.OnlineClusterer;
import org.sitrep.extract.Article;
import org.sitrep.fixtures.ArticleFixture;
import org.sitrep.model.EntityType;

/**
 * Test pipeline without a model, so this module's tests start no CoreNLP: the fixture's
 * regular-expression tokens and sentences, every capitalised word not starting a sentence as a
 * mention, a plural after a numeral as a noun (so figures are counted), then the facade's default
 * layers and analysers, and its default clusterer (the similarity clusterer, which the job runs on the
 * whole input) or, from {@link #online()}, the online clusterer on terms and names (which the job
 * streams, as with the standard pipeline). The real pipeline against {@code sitrep report} is tested
 * in sitrep-app, whose test JVM holds the shared CoreNLP.
 */
final class FixtureRecipe implements PipelineRecipe {

    private static final long serialVersionUID = 1L;

    private final boolean online;

    FixtureRecipe() {
        this(false);
    }

    private FixtureRecipe(boolean online) {
        this.online = online;
    }

    /** The fixture pipeline with the online clusterer, without embeddings. */
    static FixtureRecipe online() {
        return new FixtureRecipe(true);
    }

    @Override
    public Sitrep build() {
        Sitrep.Builder b = Sitrep.builder().threads(1).annotator(new RegexAnnotator());
        if (online) {
            b.clusterer(OnlineClusterer.withDefaults(null));
        }
        return b.build();
    }

    @Override
    public String key() {
        return PipelineRecipe.super.key() + (online ? "/online" : "/similarity");
    }

    @Override
    public String toString() {
        return online ? "online clusterer" : "similarity clusterer";
    }

    /** Tokens and sentences by regular expression, capitalised words as mentions. */
    static final class RegexAnnotator implements ArticleAnnotator {
        private static final Pattern NUMERAL = Pattern.compile("\\d+");
        private static final Pattern PLURAL = Pattern.compile("[a-z]+s");

        @Override
        public String name() {
            return "regex";
        }

        @Override
        public AnnotatedArticle apply(Article article) {
            AnnotatedArticle shape = ArticleFixture.text(article.text()).build();
            List<Mention> mentions = new ArrayList<>();
            for (var s : shape.sentences()) {
                List<Token> tokens = shape.tokensOf(s);
                for (int i = 1; i < tokens.size(); i++) {
                    Token t = tokens.get(i);
                    if (t.word().length() > 1 && Character.isUpperCase(t.word().charAt(0))) {
                        mentions.add(new Mention(t.span(), t.word(), EntityType.ORGANIZATION, s.index()));
                    }
                }
            }
            return new AnnotatedArticle(article, tagged(shape.tokens()), shape.sentences(), mentions, List.of(),
                    List.of(), List.of());
        }

        /**
         * The tokens with a plural after a numeral (a lower-case word ending in s) tagged a plural noun,
         * its lemma without the s, so that the quantity layer finds what "300 families" counts.
         */
        private static List<Token> tagged(List<Token> tokens) {
            List<Token> out = new ArrayList<>(tokens);
            for (int i = 1; i < out.size(); i++) {
                Token t = out.get(i);
                if (NUMERAL.matcher(out.get(i - 1).word()).matches() && PLURAL.matcher(t.word()).matches()) {
                    String lemma = t.word().substring(0, t.word().length() - 1);
                    out.set(i, new Token(t.span(), t.word(), lemma, "NNS", t.ner(), t.normalized()));
                }
            }
            return out;
        }
    }
}
