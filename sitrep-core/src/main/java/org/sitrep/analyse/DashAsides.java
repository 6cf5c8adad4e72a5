package org.sitrep.analyse;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.sitrep.annotate.Token;
import org.sitrep.model.Span;

/**
 * The asides a sentence sets off between a pair of dashes ("pressed on with their campaign – despite
 * Turkey's warnings – and killed five soldiers"). What an aside says does not cut the clause around it,
 * and a name inside it is not that clause's subject: scanning back from "killed" for who killed passes
 * over the aside to the forces that pressed on. Dashes pair in order (first with second, third with
 * fourth); an odd last dash opens no aside.
 *
 * <p>Immutable; built per sentence from its tokens.
 */
final class DashAsides {

    /** Tokens that are a dash between words, as tokenizers write them. */
    private static final Set<String> DASHES = Set.of("–", "—", "--", "---", "-");

    /** Token indices of each aside's opening and closing dash, in text order. */
    private final List<int[]> pairs;
    private final List<Token> tokens;

    DashAsides(List<Token> tokens) {
        this.tokens = tokens;
        List<Integer> dashes = new ArrayList<>();
        for (int k = 0; k < tokens.size(); k++) {
            if (DASHES.contains(tokens.get(k).word()) && spaced(tokens, k)) {
                dashes.add(k);
            }
        }
        List<int[]> found = new ArrayList<>();
        for (int p = 0; p + 1 < dashes.size(); p += 2) {
            found.add(new int[] {dashes.get(p), dashes.get(p + 1)});
        }
        this.pairs = List.copyOf(found);
    }

    /**
     * The opening dash of the aside that closes at token {@code k}, for a scan going backwards to jump
     * over; {@code k} itself when no aside closes there.
     */
    int skipBack(int k) {
        for (int[] p : pairs) {
            if (p[1] == k) {
                return p[0];
            }
        }
        return k;
    }

    /** True when {@code span} lies inside an aside that ends before token {@code i}. */
    boolean hides(Span span, int i) {
        for (int[] p : pairs) {
            if (p[1] < i && span.start() >= tokens.get(p[0]).span().end()
                    && span.end() <= tokens.get(p[1]).span().start()) {
                return true;
            }
        }
        return false;
    }

    /** A dash with space on both sides, not a hyphen inside a word ("Russia-backed"). */
    private static boolean spaced(List<Token> tokens, int k) {
        Span s = tokens.get(k).span();
        boolean before = k == 0 || tokens.get(k - 1).span().end() < s.start();
        boolean after = k + 1 == tokens.size() || tokens.get(k + 1).span().start() > s.end();
        return before && after;
    }
}
