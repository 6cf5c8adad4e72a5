package org.sitrep.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HtmlEscaperTest {

    @Test
    void escapesTheFiveMarkupCharacters() {
        assertThat(HtmlEscaper.escape("<a href=\"x\" title='y'>&</a>"))
                .isEqualTo("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;");
    }

    @Test
    void replacesForbiddenControlsButKeepsLineBreaksAndTabs() {
        assertThat(HtmlEscaper.escape("a\u0000b\u0007c\u0085d\te\nf\r")).isEqualTo("a\ufffdb\ufffdc\ufffdd\te\nf\r");
    }

    @Test
    void leavesPlainTextAlone() {
        String text = "Sedat Önal met Lavrov — 14 soldiers";
        assertThat(HtmlEscaper.escape(text)).isSameAs(text);
        assertThat(HtmlEscaper.escape(null)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", " JaVaScRiPt:alert(1)", "data:text/html,<script>", "//evil.example",
        "/relative", "http://", "https://x.example/\" onmouseover=\"alert(1)", "https://x.example/a b",
        "https://x.example/\u0000", "vbscript:msgbox", "https://x.example/<script>", "ftp://x.example/"})
    void refusesAnythingButAPlainWebAddressAsALink(String url) {
        assertThat(HtmlEscaper.safeHref(url)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://www.bloomberg.com/news/a?b=1&c=2#x", "HTTP://EXAMPLE.ORG/", "http://x.example"})
    void acceptsHttpAndHttpsAddresses(String url) {
        assertThat(HtmlEscaper.safeHref(url)).isEqualTo(url);
    }

    @Test
    void builderRefusesEventHandlerAttributes() {
        assertThatThrownBy(() -> new HtmlBuilder().open("a", "onclick", "x"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new HtmlBuilder().open("a href", "x", "y"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void builderEscapesAttributeValuesAndLeavesOutNullOnes() {
        String html = new HtmlBuilder().open("a", "title", "\" onmouseover=\"x", "id", null).close("a").toString();

        assertThat(html).isEqualTo("<a title=\"&quot; onmouseover=&quot;x\"></a>");
    }
}
