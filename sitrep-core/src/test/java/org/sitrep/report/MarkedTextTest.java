package org.sitrep.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.TreeMap;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Span;

class MarkedTextTest {

    private static Element render(String text, Map<Span, String> marks) {
        HtmlBuilder html = new HtmlBuilder().raw("<div>");
        MarkedText.write(html, text, marks);
        return Jsoup.parseBodyFragment(html.raw("</div>").toString()).selectFirst("div");
    }

    @Test
    void nestedSpansBecomeNestedMarks() {
        Map<Span, String> marks = new TreeMap<>(Map.of(new Span(0, 10), "outer", new Span(2, 5), "inner"));

        Element div = render("abcdefghijKLM", marks);

        assertThat(div.getElementById("outer").text()).isEqualTo("abcdefghij");
        assertThat(div.getElementById("inner").text()).isEqualTo("cde");
        assertThat(div.getElementById("inner").parent().id()).isEqualTo("outer");
        assertThat(div.wholeText()).isEqualTo("abcdefghijKLM");
    }

    @Test
    void crossingSpansAreSplitAndNothingIsLostOrRepeated() {
        Map<Span, String> marks = new TreeMap<>(Map.of(new Span(0, 5), "first", new Span(3, 8), "second"));

        Element div = render("abcdefghij", marks);

        assertThat(div.getElementById("first").text()).isEqualTo("abcde");
        assertThat(div.getElementById("second").text()).isEqualTo("de");
        assertThat(div.select("mark.cont").text()).isEqualTo("fgh");
        assertThat(div.wholeText()).isEqualTo("abcdefghij");
    }

    @Test
    void emptySpanStillGivesALinkTarget() {
        Element div = render("abc", new TreeMap<>(Map.of(new Span(1, 1), "here")));

        assertThat(div.getElementById("here")).isNotNull();
        assertThat(div.wholeText()).isEqualTo("abc");
    }

    @Test
    void spanPastTheEndOfTheTextIsLeftOut() {
        Element div = render("abc", new TreeMap<>(Map.of(new Span(1, 9), "bad", new Span(0, 3), "all")));

        assertThat(div.getElementById("bad")).isNull();
        assertThat(div.getElementById("all").text()).isEqualTo("abc");
    }

    @Test
    void markupInTheTextIsEscaped() {
        Element div = render("<b>x</b> & y", new TreeMap<>(Map.of(new Span(0, 8), "m")));

        assertThat(div.select("b")).isEmpty();
        assertThat(div.getElementById("m").text()).isEqualTo("<b>x</b>");
        assertThat(div.wholeText()).isEqualTo("<b>x</b> & y");
    }
}
