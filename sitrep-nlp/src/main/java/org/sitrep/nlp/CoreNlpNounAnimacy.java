package org.sitrep.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import org.sitrep.analyse.NounAnimacy;

/**
 * {@link NounAnimacy} from the animate and inanimate word lists in CoreNLP's models jar (its
 * coreference models' {@code animate.unigrams.txt} and {@code inanimate.unigrams.txt}: about 35,000
 * and 80,000 words). Only the lower-case entries are kept: the capitalised ones are names ("Bill"),
 * which would otherwise make the common noun ("bill") unknown.
 */
public final class CoreNlpNounAnimacy {

    static final String ANIMATE = "edu/stanford/nlp/models/dcoref/animate.unigrams.txt";
    static final String INANIMATE = "edu/stanford/nlp/models/dcoref/inanimate.unigrams.txt";

    private CoreNlpNounAnimacy() {
    }

    /** The lists, read once per JVM (about 0.1 s). */
    public static NounAnimacy standard() {
        return Holder.INSTANCE;
    }

    private static final class Holder {
        static final NounAnimacy INSTANCE = NounAnimacy.of(commonNouns(ANIMATE), commonNouns(INANIMATE));
    }

    static Set<String> commonNouns(String resource) {
        Set<String> words = new HashSet<>();
        try (InputStream in = CoreNlpNounAnimacy.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("CoreNLP's models jar is not on the class path: no " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String w = line.strip();
                if (!w.isEmpty() && w.equals(w.toLowerCase(java.util.Locale.ROOT))) {
                    words.add(w);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + resource, e);
        }
        return words;
    }
}
