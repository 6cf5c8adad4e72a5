package org.sitrep.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sitrep.ingest.DeclaredMetadata;
import org.sitrep.ingest.DocumentFormat;
import org.sitrep.ingest.Origin;
import org.sitrep.ingest.RawDocument;

/**
 * Extraction on random and malformed input: random bytes, random tag soup, unbalanced and deeply
 * nested markup, a huge single line, broken JSON-LD and strange declared metadata. No exception
 * other than {@link ExtractionException} may escape, and the same input must give the same output.
 * Inputs come from fixed seeds so a failure can be replayed.
 */
class RandomInputExtractionTest {

    private static final StandardArticleExtractor EXTRACTOR = new StandardArticleExtractor(ExtractionConfig.defaults());
    private static final int RANDOM_CASES = 40;
    private static final String[] TAGS = {"p", "div", "span", "a", "article", "nav", "footer", "h1", "h2", "ul", "li",
        "br", "table", "td", "tr", "script", "style", "pre", "blockquote", "figure", "figcaption", "aside", "header",
        "main", "section", "time", "meta", "title", "html", "body", "head", "b", "i", "form", "iframe", "noscript"};
    private static final String[] ATTRS = {"class=\"comments\"", "class=\"article-body\"", "id=\"nav\"", "hidden",
        "style=\"display:none\"", "role=\"main\"", "itemprop=\"articleBody\"", "datetime=\"2020-13-45\"",
        "class=\"byline\"", "aria-hidden=\"true\"", "property=\"og:title\" content=\"x\"", "rel=\"author\""};
    private static final String[] WORDS = {"the", "talks", "Ankara", "Moscow", "said", "on", "Tuesday", "ADVERTISEMENT",
        "Share", "\u00a92020", "Updated:", "February", "15,", "2020", "By", "Jane", "Doe", "Most", "Popular", ".", ",",
        "\u201c", "\u201d", "&amp;", "&#0;", "&#xD800;", "<!--", "-->", "<![CDATA[", "\u0000", "\ud83d\ude00", "\t",
        "\n", "\n\n", "Reuters", "/", "|", "(Published 1/2/03)", "%d bloggers like this:", "To contact the reporter"};

    static Stream<Arguments> inputs() {
        List<Arguments> out = new ArrayList<>();
        for (int seed = 0; seed < RANDOM_CASES; seed++) {
            Random r = new Random(seed);
            out.add(Arguments.of("random bytes #" + seed, randomBytes(r), DocumentFormat.TEXT));
            out.add(Arguments.of("random bytes as HTML #" + seed, randomBytes(new Random(seed)), DocumentFormat.HTML));
            out.add(Arguments.of("tag soup #" + seed, tagSoup(r).getBytes(StandardCharsets.UTF_8), DocumentFormat.HTML));
            out.add(Arguments.of("word salad #" + seed, wordSalad(r).getBytes(StandardCharsets.UTF_8),
                    DocumentFormat.TEXT));
        }
        out.add(Arguments.of("unclosed tags", "<html><body><div><p>Open <b>bold <i>italic <div><p>More text here that "
                .repeat(200).getBytes(StandardCharsets.UTF_8), DocumentFormat.HTML));
        out.add(Arguments.of("deep nesting", ("<div>".repeat(20_000) + "Deep text in a very deep tree."
                + "</div>".repeat(3)).getBytes(StandardCharsets.UTF_8), DocumentFormat.HTML));
        out.add(Arguments.of("stray closing tags", "</p></div></body></html>Text after closing tags.</article>"
                .getBytes(StandardCharsets.UTF_8), DocumentFormat.HTML));
        out.add(Arguments.of("huge single line", "word ".repeat(400_000).getBytes(StandardCharsets.UTF_8),
                DocumentFormat.TEXT));
        out.add(Arguments.of("huge single line as HTML", ("<p>" + "word, ".repeat(300_000) + "</p>")
                .getBytes(StandardCharsets.UTF_8), DocumentFormat.HTML));
        out.add(Arguments.of("many list headers", "Most Read\n".repeat(50_000).getBytes(StandardCharsets.UTF_8),
                DocumentFormat.TEXT));
        out.add(Arguments.of("many dates on one line", "On 18-Feb-2020 and 1/13/2020, ".repeat(40_000)
                .getBytes(StandardCharsets.UTF_8), DocumentFormat.TEXT));
        out.add(Arguments.of("many short lines", "Short line\n\nAnother one here.\n".repeat(30_000)
                .getBytes(StandardCharsets.UTF_8), DocumentFormat.TEXT));
        out.add(Arguments.of("long menu", ("<ul class=\"menu\">" + "<li><a href=\"/x\">Item</a></li>".repeat(30_000)
                + "</ul><p>Some text of the page body that is long enough to be content.</p>")
                .getBytes(StandardCharsets.UTF_8), DocumentFormat.HTML));
        out.add(Arguments.of("broken JSON-LD", ("<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", "
                + "\"datePublished\": [[[{}]]], \"author\": {\"name\": {\"name\": 5}}, \"articleBody\": 7,</script>"
                + "<p>Body text of a page with broken structured data, long enough to count.</p>")
                .getBytes(StandardCharsets.UTF_8), DocumentFormat.HTML));
        out.add(Arguments.of("nested JSON-LD", ("<script type=\"application/ld+json\">" + "[".repeat(5000)
                + "]".repeat(5000) + "</script><p>Text.</p>").getBytes(StandardCharsets.UTF_8), DocumentFormat.HTML));
        out.add(Arguments.of("only markup", "<html><head><title></title></head><body><div></div></body></html>"
                .getBytes(StandardCharsets.UTF_8), DocumentFormat.HTML));
        out.add(Arguments.of("only boilerplate", "ADVERTISEMENT\n\nShare this\n\nLeave a Reply\n"
                .getBytes(StandardCharsets.UTF_8), DocumentFormat.TEXT));
        out.add(Arguments.of("lone surrogates and BOM", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, (byte) 0xED,
            (byte) 0xA0, (byte) 0x80, 'a', 'b', 'c'}, DocumentFormat.TEXT));
        out.add(Arguments.of("UTF-16 with BOM", "\ufeffText in UTF-16 with a byte order mark."
                .getBytes(StandardCharsets.UTF_16BE), DocumentFormat.TEXT));
        return out.stream();
    }

    private static byte[] randomBytes(Random r) {
        byte[] b = new byte[r.nextInt(4000)];
        r.nextBytes(b);
        return b;
    }

    private static String tagSoup(Random r) {
        StringBuilder b = new StringBuilder();
        int n = r.nextInt(400);
        for (int i = 0; i < n; i++) {
            switch (r.nextInt(5)) {
                case 0 -> b.append('<').append(TAGS[r.nextInt(TAGS.length)])
                        .append(r.nextBoolean() ? " " + ATTRS[r.nextInt(ATTRS.length)] : "").append('>');
                case 1 -> b.append("</").append(TAGS[r.nextInt(TAGS.length)]).append('>');
                default -> b.append(WORDS[r.nextInt(WORDS.length)]).append(' ');
            }
        }
        return b.toString();
    }

    private static String wordSalad(Random r) {
        StringBuilder b = new StringBuilder();
        int n = r.nextInt(600);
        for (int i = 0; i < n; i++) {
            b.append(WORDS[r.nextInt(WORDS.length)]).append(r.nextInt(8) == 0 ? "\n" : " ");
        }
        return b.toString();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inputs")
    void survivesAndIsDeterministic(String name, byte[] content, DocumentFormat format) {
        DeclaredMetadata strange = new DeclaredMetadata("", "not a url :// at all", "yesterday-ish", " ", null, "??");
        for (DeclaredMetadata declared : List.of(DeclaredMetadata.NONE, strange)) {
            RawDocument doc = new RawDocument(new Origin(name, null, null, null), format, content, null, declared);
            Object first = outcome(doc);
            Object second = outcome(doc);
            assertThat(second).as("same input, same output").isEqualTo(first);
            if (first instanceof Article a) {
                assertThat(a.text()).isNotBlank();
                assertThat(a.text()).as("paragraphs are separated by one blank line").doesNotContain("\n\n\n");
                assertThat(a.boilerplate().size()).isLessThanOrEqualTo(ExtractionConfig.defaults().maxRemovedBlocks());
            }
        }
    }

    /** The article, or the reason there is none; any other exception fails the test. */
    private static Object outcome(RawDocument doc) {
        try {
            return EXTRACTOR.apply(doc);
        } catch (ExtractionException e) {
            assertThat(e.getMessage()).isNotBlank();
            return "no article: " + e.getMessage();
        } catch (RuntimeException | StackOverflowError e) {
            return fail("unexpected " + e + " on " + doc, e);
        }
    }
}
