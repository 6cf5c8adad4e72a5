package org.sitrep.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SearchSnippetTest {

    private static String render(List<SearchHit.Part> parts) {
        StringBuilder b = new StringBuilder();
        parts.forEach(p -> b.append(p.match() ? "[" + p.text() + "]" : p.text()));
        return b.toString();
    }

    private static String snippet(String query, String text) {
        return render(new SearchSnippet(FtsQuery.words(query)).of(text));
    }

    @Test
    void matchedWordsAreMarkedIgnoringCaseAndDiacritics() {
        assertThat(snippet("sao paulo ", "Floods in São Paulo: the PAULO state said so."))
                .isEqualTo("Floods in [São] [Paulo]: the [PAULO] state said so.");
    }

    @Test
    void theLastWordMatchesAsAPrefixOnlyWhileBeingTyped() {
        assertThat(snippet("govern", "The government and the governor met.")).isEqualTo(
                "The [government] and the [governor] met.");
        assertThat(snippet("govern ", "The government and the governor met.")).isEqualTo(
                "The government and the governor met.");
    }

    @Test
    void aLongTextGivesAWindowAroundTheFirstMatchWithEllipses() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 100; i++) {
            text.append(i == 50 ? "ceasefire " : "w" + i + " ");
        }
        String s = snippet("ceasefire ", text.toString());
        assertThat(s).startsWith("…w" + (50 - SearchSnippet.LEAD_WORDS) + " ").contains("[ceasefire]").endsWith("…");
        assertThat(s.split(" ")).hasSize(SearchSnippet.WINDOW_WORDS);
    }

    @Test
    void aTextWithoutAMatchGivesItsOpeningWordsUnmarked() {
        assertThat(snippet("absent ", "Nothing matches in this text.")).isEqualTo("Nothing matches in this text.");
        assertThat(new SearchSnippet(FtsQuery.words("x")).of("")).isEmpty();
    }
}
