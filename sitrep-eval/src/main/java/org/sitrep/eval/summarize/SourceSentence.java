package org.sitrep.eval.summarize;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.sitrep.annotate.AnnotatedArticle;
import org.sitrep.annotate.Sentence;

/**
 * One sentence of a topic's articles as the baselines see it: which article (by its index in the
 * topic), its position in that article, and its text with white space folded.
 */
public record SourceSentence(int article, int position, String text) {

    public SourceSentence {
        Objects.requireNonNull(text, "text");
        if (article < 0 || position < 0) {
            throw new IllegalArgumentException("bad sentence position " + article + "/" + position);
        }
    }

    /** White-space words of the text. */
    public int words() {
        return WordBudget.words(text);
    }

    /**
     * The sentences of {@code articles} as the annotator split them, in article then text order;
     * blank sentences are left out. The same sentences Sitrep chooses from, so that every system
     * picks from one pool.
     */
    public static List<SourceSentence> of(List<AnnotatedArticle> articles) {
        List<SourceSentence> out = new ArrayList<>();
        for (int a = 0; a < articles.size(); a++) {
            AnnotatedArticle article = articles.get(a);
            int position = 0;
            for (Sentence s : article.sentences()) {
                if (!s.span().fits(article.text().length())) {
                    continue;
                }
                String text = s.span().of(article.text()).replaceAll("\\s+", " ").trim();
                if (!text.isEmpty()) {
                    out.add(new SourceSentence(a, position++, text));
                }
            }
        }
        return out;
    }
}
