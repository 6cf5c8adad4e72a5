package org.sitrep.cluster;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.annotate.AnnotatedArticle;
import org.sitrep.annotate.ContentTerms;
import org.sitrep.annotate.Mention;
import org.sitrep.model.EntityType;
import org.sitrep.text.Folding;

/**
 * What clustering compares of one article: its content terms and the folded names it mentions.
 */
record ArticleFeatures(AnnotatedArticle article, List<String> contentTerms, List<String> names) {

    static ArticleFeatures of(AnnotatedArticle a) {
        List<String> names = new ArrayList<>();
        for (Mention m : a.mentions()) {
            if (m.type() != EntityType.MISC) {
                names.add(nameKey(m.text()));
            }
        }
        return new ArticleFeatures(a, ContentTerms.of(a.tokens()), names);
    }

    /** A name folded for comparison, without a possessive ending. */
    static String nameKey(String surface) {
        String f = Folding.fold(surface).trim();
        if (f.endsWith("'s")) {
            f = f.substring(0, f.length() - 2);
        }
        return f;
    }
}
