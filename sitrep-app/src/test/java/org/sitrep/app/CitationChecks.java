package org.sitrep.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.analyse.CitedSentence;
import org.sitrep.analyse.StoryAnalysis;
import org.sitrep.analyse.TimelineEntry;
import org.sitrep.annotate.AnnotatedArticle;
import org.sitrep.model.Citation;
import org.sitrep.text.Folding;
import org.sitrep.text.Stopwords;

/**
 * Checks that what a report states is supported by the words it cites: every citation's span fits
 * its article, shares a good part of the sentence's content words, and contains every figure the
 * sentence gives (the note Sitrep adds to a disputed figure is not the sources' words and is left
 * out of the check).
 */
final class CitationChecks {

    /** Share of a sentence's content words a cited span must contain. */
    private static final double MIN_SHARED = 0.3;
    private static final Pattern WORD = Pattern.compile("[\\p{L}]{3,}");
    private static final Pattern FIGURE = Pattern.compile("\\d[\\d,.]*\\d|\\d");
    private static final Pattern NOTE = Pattern.compile("\\s*\\[sources differ[^\\]]*\\]");

    private CitationChecks() {
    }

    /** Every written sentence of the story (headline, summary, timeline) is supported by its citations. */
    static void assertEverySentenceSupported(StoryAnalysis story) {
        List<CitedSentence> sentences = new ArrayList<>(story.summary());
        if (story.headline() != null) {
            sentences.add(story.headline());
        }
        for (CitedSentence s : sentences) {
            assertSupported(story, s.text(), s.citations());
        }
        for (TimelineEntry t : story.timeline()) {
            assertSupported(story, t.text(), t.citations());
        }
    }

    static void assertSupported(StoryAnalysis story, String sentence, List<Citation> citations) {
        assertThat(citations).as("citations of: %s", sentence).isNotEmpty();
        String claim = NOTE.matcher(sentence).replaceAll("").replace(" …", "");
        Set<String> words = contentWords(claim);
        for (Citation c : citations) {
            AnnotatedArticle a = story.story().article(c.article());
            assertThat(a).as("cited article %s is in the story", c.article()).isNotNull();
            assertThat(c.span().fits(a.text().length())).as("span %s fits %s", c.span(), c.article()).isTrue();
            String cited = c.span().of(a.text());
            Set<String> shared = new LinkedHashSet<>(words);
            shared.retainAll(contentWords(cited));
            assertThat(shared.size()).as("'%s'%n cites '%s'%n sharing only %s", claim, cited, shared)
                    .isGreaterThanOrEqualTo((int) Math.ceil(MIN_SHARED * words.size()));
            Matcher m = FIGURE.matcher(claim);
            while (m.find()) {
                assertThat(cited).as("figure %s of '%s' in cited '%s'", m.group(), claim, cited).contains(m.group());
            }
        }
    }

    static Set<String> contentWords(String text) {
        Set<String> out = new LinkedHashSet<>();
        Matcher m = WORD.matcher(Folding.fold(text).toLowerCase(Locale.ROOT));
        while (m.find()) {
            if (!Stopwords.contains(m.group())) {
                out.add(m.group());
            }
        }
        return out;
    }
}
