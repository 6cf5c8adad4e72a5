package org.sitrep.annotate;

import java.util.Objects;
import org.sitrep.model.Span;

/**
 * One token of an article's clean text: its span, the word as written, lemma, Penn part-of-speech
 * tag, coarse named-entity tag ({@code O} when none) and the tagger's normalised value for numbers
 * and times (null when none).
 */
public record Token(Span span, String word, String lemma, String pos, String ner, String normalized) {

    public Token {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(word, "word");
        lemma = lemma == null ? word : lemma;
        pos = pos == null ? "" : pos;
        ner = ner == null ? "O" : ner;
    }

    /** True for proper nouns ({@code NNP}, {@code NNPS}). */
    public boolean isProperNoun() {
        return pos.startsWith("NNP");
    }

    /** True for any noun. */
    public boolean isNoun() {
        return pos.startsWith("NN");
    }

    /** True for any verb form. */
    public boolean isVerb() {
        return pos.startsWith("VB");
    }
}
