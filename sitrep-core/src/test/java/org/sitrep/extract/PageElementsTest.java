package org.sitrep.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PageElementsTest {

    private static final String PAGE = """
            <html><head><meta name="author" content="Ann Lee"><meta property="og:title" content="T">
            <link rel="canonical" href="https://example.com/a"><script type="application/ld+json">{}</script></head>
            <body><header class="site-Byline"><h1>Headline</h1><time datetime="2025-01-02">Jan 2</time></header>
            <article><h1>Second</h1><p class="author-box">By <a rel="author" href="/ann">Ann Lee</a></p>
            <span itemprop="author">Ann</span><time datetime="2025-01-03"></time><meta content="x"></article>
            <footer><div class="BYLINE">x</div></footer></body></html>""";

    @ParameterizedTest
    @ValueSource(strings = {"h1", "time[datetime]", "meta[content]", "link[rel=canonical]", "script[type]",
        "[rel=author], [itemprop=author]", "[class*=byline], [class*=author]", "html", "p, span"})
    void selectsWhatTheDocumentSelects(String query) {
        Document doc = Jsoup.parse(PAGE);
        PageElements page = new PageElements(doc);
        assertThat(page.select(PageElements.selector(query))).isNotEmpty().containsExactlyElementsOf(doc.select(query));
    }
}
