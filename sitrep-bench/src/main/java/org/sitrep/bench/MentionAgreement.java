package org.sitrep.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.sitrep.model.EntityType;

/**
 * How many of a reference tagger's person, organisation and location mentions another tagger keeps
 * with the same span and the same class, counted per class.
 *
 * <p>Classes: CoreNLP's {@code PERSON} and Sitrep's {@link EntityType#PERSON} are {@link Kind#PERSON};
 * {@code ORGANIZATION} is {@link Kind#ORGANIZATION}; {@code LOCATION} and the fine-grained place
 * types ({@code COUNTRY}, {@code CITY}, {@code STATE_OR_PROVINCE}) are all {@link Kind#LOCATION}.
 * Every other type ({@code MISC}, {@code NATIONALITY}, titles, numbers) is out of scope. Mentions
 * are maximal runs of tokens of one class within a sentence ({@link Runs}), which is how CoreNLP's
 * mention builder joins tokens; building them after mapping the place types to one class keeps
 * "Latin America" one location where fine-grained tags split it into LOCATION "Latin" and COUNTRY
 * "America". Pronouns are tagged {@code O} on the tokens, so the pronoun mentions CoreNLP's mention
 * builder adds ("He") are not counted.
 *
 * <p>Mutable; one instance per comparison, not thread-safe.
 */
final class MentionAgreement {

    /** The three classes compared. */
    enum Kind { PERSON, ORGANIZATION, LOCATION }

    /** A mention: character span and class. */
    record Run(int start, int end, Kind kind) {
    }

    /** A mention of one article. */
    record Located(int article, Run run) {
    }

    private final Set<Located> reference = new HashSet<>();
    private final Set<Located> candidate = new HashSet<>();

    /** The class of a CoreNLP NER tag, or null when out of scope. */
    static Kind kindOf(String coreNlpTag) {
        if (coreNlpTag == null) {
            return null;
        }
        switch (coreNlpTag) {
            case "PERSON":
                return Kind.PERSON;
            case "ORGANIZATION":
                return Kind.ORGANIZATION;
            case "LOCATION":
            case "COUNTRY":
            case "CITY":
            case "STATE_OR_PROVINCE":
                return Kind.LOCATION;
            default:
                return null;
        }
    }

    /** The class of a Sitrep entity type, or null when out of scope. */
    static Kind kindOf(EntityType type) {
        return type.isPlace() ? Kind.LOCATION : kindOf(type.name());
    }

    /**
     * Builds mentions from tagged tokens: call {@link #token} for each token of a sentence in order,
     * then {@link #end}; each maximal run of one class becomes one mention.
     */
    static final class Runs {
        private final Consumer<Run> sink;
        private Kind kind;
        private int start;
        private int end;

        Runs(Consumer<Run> sink) {
            this.sink = sink;
        }

        void token(int tokenStart, int tokenEnd, Kind tokenKind) {
            if (tokenKind != kind) {
                end();
            }
            if (tokenKind != null && kind == null) {
                kind = tokenKind;
                start = tokenStart;
            }
            end = tokenEnd;
        }

        void end() {
            if (kind != null) {
                sink.accept(new Run(start, end, kind));
            }
            kind = null;
        }
    }

    void addReference(int article, Run run) {
        reference.add(new Located(article, run));
    }

    void addCandidate(int article, Run run) {
        candidate.add(new Located(article, run));
    }

    /**
     * Per class: {@code [reference mentions, of them kept by the candidate, candidate mentions not in
     * the reference]}.
     */
    Map<Kind, int[]> counts() {
        Map<Kind, int[]> out = new EnumMap<>(Kind.class);
        for (Kind k : Kind.values()) {
            out.put(k, new int[3]);
        }
        for (Located r : reference) {
            int[] c = out.get(r.run().kind());
            c[0]++;
            if (candidate.contains(r)) {
                c[1]++;
            }
        }
        for (Located c : candidate) {
            if (!reference.contains(c)) {
                out.get(c.run().kind())[2]++;
            }
        }
        return out;
    }

    /** The share of all reference mentions the candidate keeps (1 when there are none). */
    double kept() {
        int total = 0;
        int kept = 0;
        for (int[] c : counts().values()) {
            total += c[0];
            kept += c[1];
        }
        return total == 0 ? 1 : (double) kept / total;
    }

    /** The reference mentions the candidate lost or typed differently, in article and text order. */
    List<Located> lost() {
        List<Located> out = new ArrayList<>();
        for (Located r : reference) {
            if (!candidate.contains(r)) {
                out.add(r);
            }
        }
        out.sort(Comparator.comparingInt(Located::article).thenComparingInt(l -> l.run().start()));
        return out;
    }
}
