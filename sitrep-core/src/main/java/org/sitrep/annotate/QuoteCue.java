package org.sitrep.annotate;

/**
 * Where a quote's attribution was found: the token index of the cue verb ({@code -1} for "according
 * to"), the cue as written ("said", "told reporters", "said in a statement"), and the token range
 * {@code [first, end)} of the phrase naming the speaker ("Mr Lavrov", "the ministry", "he").
 */
record QuoteCue(int verb, String cue, int first, int end) {

    boolean hasSpeaker() {
        return end > first;
    }
}
