package org.sitrep.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.sitrep.annotate.AnnotatedArticle;
import org.sitrep.annotate.Mention;
import org.sitrep.annotate.Quantity;
import org.sitrep.annotate.Quote;
import org.sitrep.annotate.Sentence;
import org.sitrep.annotate.TimeExpression;
import org.sitrep.annotate.Token;

/**
 * Test fixture: the invariants every annotated article must keep, whatever its text: every span fits
 * the text, lists are in text order, mentions do not overlap, sentences index existing tokens,
 * quantities keep their bounds.
 */
final class AnnotationInvariants {

    private AnnotationInvariants() {
    }

    static void check(AnnotatedArticle a) {
        int n = a.text().length();
        for (Token t : a.tokens()) {
            assertThat(t.span().fits(n)).as("token %s", t).isTrue();
        }
        for (Sentence s : a.sentences()) {
            assertThat(s.span().fits(n)).as("sentence %s", s).isTrue();
            assertThat(s.endToken()).isLessThanOrEqualTo(a.tokens().size());
        }
        Mention previous = null;
        for (Mention m : a.mentions()) {
            assertThat(m.span().fits(n)).as("mention %s", m).isTrue();
            assertThat(m.span().of(a.text())).isEqualTo(m.text());
            if (previous != null) {
                assertThat(previous.span().end()).as("%s overlaps %s", previous, m).isLessThanOrEqualTo(m.span().start());
            }
            previous = m;
        }
        for (TimeExpression t : a.times()) {
            assertThat(t.span().fits(n)).as("time %s", t).isTrue();
        }
        for (Quantity q : a.quantities()) {
            assertThat(q.span().fits(n)).as("quantity %s", q).isTrue();
            assertThat(q.counted() == null || q.counted().fits(n)).as("counted of %s", q).isTrue();
            assertThat(q.low()).isLessThanOrEqualTo(q.value());
            assertThat(q.value()).isLessThanOrEqualTo(q.high());
        }
        for (Quote q : a.quotes()) {
            assertThat(q.span().fits(n)).as("quote %s", q).isTrue();
            assertThat(q.span().length()).isPositive();
            assertThat(q.speaker() == null || q.speaker().fits(n)).as("speaker of %s", q).isTrue();
        }
    }
}
