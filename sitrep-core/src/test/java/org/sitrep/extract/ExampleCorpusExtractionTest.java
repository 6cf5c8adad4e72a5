package org.sitrep.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sitrep.ingest.IngestConfig;
import org.sitrep.ingest.InputReader;
import org.sitrep.ingest.RawDocument;

/**
 * Extraction on the project's own example corpus ({@code examples/corpus}), checked against the
 * ground truth in {@code examples/README.md}: the "Articles" table (title, published date, author,
 * publisher) and the "Boilerplate to remove, by file" lists.
 */
class ExampleCorpusExtractionTest {

    private static final Map<String, Article> ARTICLES = new LinkedHashMap<>();

    @BeforeAll
    static void extractTheCorpus() {
        Path root = Path.of(System.getProperty("sitrep.root", "..")).resolve("examples/corpus");
        assertThat(Files.isDirectory(root)).as("example corpus at %s", root).isTrue();
        List<RawDocument> docs = new ArrayList<>();
        new InputReader(IngestConfig.defaults()).read(List.of(root.toString()), docs::add, p -> {
            throw new AssertionError("example corpus input failed: " + p);
        });
        StandardArticleExtractor extractor = new StandardArticleExtractor(ExtractionConfig.defaults());
        for (RawDocument d : docs) {
            String name = Path.of(d.origin().path()).getFileName().toString().replaceAll("\\.[a-z]+$", "");
            ARTICLES.put(d.origin().line() == null ? name : name + ":" + d.origin().line(), extractor.apply(d));
        }
    }

    private static Article article(String file) {
        assertThat(ARTICLES).containsKey(file);
        return ARTICLES.get(file);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            peninsula-wire-2026-03-17      | Twin blasts at Spanish fertiliser plant kill 23 workers, toxic cloud forces evacuation | 2026-03-17 | Marta Ibarra    | Peninsula Wire
            tagus-herald-2026-03-18        | Portugal accuses Spain of nine-hour delay in warning over Tagus pollution              | 2026-03-18 | Rita Gouveia    | The Tagus Herald
            iberian-courier-2026-03-18     | Regulator says Calvera ignored warnings before deadly Extremadura blasts               | 2026-03-18 | Javier Montes   | The Iberian Courier
            peninsula-wire-2026-03-19      | Spanish police arrest plant manager as fertiliser blast toll rises to 27               | 2026-03-19 | Marta Ibarra    | Peninsula Wire
            border-bulletin-2026-03-19     | Manager held over Extremadura plant blasts as death toll reaches 27                    | 2026-03-19 | Newsdesk        | The Border Bulletin
            hazard-process-weekly-undated  | Calvera blasts put ammonia relief valves back under the spotlight                      | -          | -               | Hazard & Process Weekly
            continental-briefing:1         | Residents return to Almonaster del Tajo as Madrid and Lisbon agree Tagus alert review   | 2026-03-20 | Hanna Lindqvist | Continental Briefing
            continental-briefing:2         | Norway joins orbital launch club as Skarv rocket deploys five satellites               | 2026-02-13 | Pieter de Groot | Continental Briefing
            arctic-circle-times-2026-02-12 | Skarv Orbital reaches orbit from Andøya on second attempt                              | 2026-02-12 | Kari Nymoen     | Arctic Circle Times
            nordic-business-ledger-2026-02-14 | Skarv Orbital courts investors after Tind-1 success                                 | 2026-02-14 | Eirik Solheim   | Nordic Business Ledger
            """)
    void findsTheMetadataTheReadmeLists(String file, String title, String published, String author, String publisher) {
        Article a = article(file);
        assertThat(a.title()).as("title of %s", file).isEqualTo(title);
        assertThat(a.published() == null ? null : a.published().iso()).as("published date of %s", file)
                .isEqualTo(published);
        if (author == null) {
            assertThat(a.author()).as("author of %s", file).isNull();
        } else {
            assertThat(a.author()).as("author of %s", file).startsWith(author);
        }
        assertThat(a.publisher()).as("publisher of %s", file).isEqualTo(publisher);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            peninsula-wire-2026-03-17         | ADVERTISEMENT
            peninsula-wire-2026-03-17         | Share this article
            peninsula-wire-2026-03-17         | Basque chefs race to save a cider-making tradition
            peninsula-wire-2026-03-17         | Reporting by Marta Ibarra
            peninsula-wire-2026-03-17         | To contact the reporter
            peninsula-wire-2026-03-17         | All rights reserved
            peninsula-wire-2026-03-17         | Most Read
            peninsula-wire-2026-03-17         | Train drivers in Catalonia
            tagus-herald-2026-03-18           | Rita Gouveia
            tagus-herald-2026-03-18           | Dead fish gather against the dam wall
            tagus-herald-2026-03-18           | Nuno Brás/Iberfoto
            tagus-herald-2026-03-18           | riverside tram line
            tagus-herald-2026-03-18           | Sign up for the Herald
            tagus-herald-2026-03-18           | Most Popular
            tagus-herald-2026-03-18           | All rights reserved
            iberian-courier-2026-03-18        | Share this article
            iberian-courier-2026-03-18        | Elena Prieto/Iberfoto
            iberian-courier-2026-03-18        | ManoloCC
            iberian-courier-2026-03-18        | All rights reserved
            peninsula-wire-2026-03-19         | Share this article
            peninsula-wire-2026-03-19         | Reporting by Marta Ibarra
            peninsula-wire-2026-03-19         | To contact
            peninsula-wire-2026-03-19         | Updated: March 19, 2026
            peninsula-wire-2026-03-19         | ADVERTISEMENT
            border-bulletin-2026-03-19        | Spread the love
            border-bulletin-2026-03-19        | Posted on March 19, 2026
            border-bulletin-2026-03-19        | Source link
            border-bulletin-2026-03-19        | Related Posts
            border-bulletin-2026-03-19        | Leave a Reply
            border-bulletin-2026-03-19        | Your email address will not be published
            border-bulletin-2026-03-19        | Save my name, email, and website
            border-bulletin-2026-03-19        | Post Comment
            border-bulletin-2026-03-19        | Powered by WordPress
            hazard-process-weekly-undated     | Hazard & Process Weekly\n
            hazard-process-weekly-undated     | Share: LinkedIn
            hazard-process-weekly-undated     | The ammonia compression unit at a European fertiliser plant. File picture.
            hazard-process-weekly-undated     | Tomasz Wierzba/HPW Images
            hazard-process-weekly-undated     | for unlimited access
            hazard-process-weekly-undated     | Related:
            hazard-process-weekly-undated     | Tags:
            hazard-process-weekly-undated     | Register for free to read more articles this month.
            continental-briefing:1            | Share this article
            continental-briefing:1            | Returning residents walk past a police checkpoint
            continental-briefing:1            | ADVERTISEMENT
            continental-briefing:1            | Sign up to the Continental Briefing newsletter
            continental-briefing:1            | All rights reserved
            continental-briefing:2            | Share this article
            continental-briefing:2            | Reindeer herders
            continental-briefing:2            | All rights reserved
            arctic-circle-times-2026-02-12    | Jonas Eliassen/Arctic Circle Times
            arctic-circle-times-2026-02-12    | polarfox77
            arctic-circle-times-2026-02-12    | Log in to comment
            arctic-circle-times-2026-02-12    | tips@arcticcircletimes.no
            arctic-circle-times-2026-02-12    | All rights reserved
            nordic-business-ledger-2026-02-14 | ADVERTISEMENT
            nordic-business-ledger-2026-02-14 | Space\n
            nordic-business-ledger-2026-02-14 | Published 14.02.2026
            nordic-business-ledger-2026-02-14 | By Eirik Solheim
            nordic-business-ledger-2026-02-14 | Sign up for Ledger Morning
            nordic-business-ledger-2026-02-14 | Most Read
            nordic-business-ledger-2026-02-14 | To contact the reporter
            nordic-business-ledger-2026-02-14 | © Nordic Business Ledger 2026
            """)
    void removesTheBoilerplateTheReadmeLists(String file, String boilerplate) {
        String text = "\n" + article(file).text() + "\n";
        String needle = boilerplate.replace("\\n", "\n");
        assertThat(text).as("text of %s", file).doesNotContain(needle.endsWith("\n") ? "\n" + needle : needle);
    }

    @Test
    void flagsNoneOfTheCompleteArticlesAsTruncated() {
        assertThat(ARTICLES.values()).allSatisfy(a -> assertThat(a.truncated()).as("%s truncated", a.origin().source())
                .isFalse());
    }

    @Test
    void keepsTheInBodySubheadsOfBothHtmlPages() {
        assertThat(article("iberian-courier-2026-03-18").text()).contains("\nA second explosion\n");
        assertThat(article("arctic-circle-times-2026-02-12").text()).contains("\nFive months after failure\n");
    }

    @Test
    void takesTheStandfirstsOutOfTheBody() {
        assertThat(article("iberian-courier-2026-03-18").text())
                .doesNotContain("Chief executive insists the pipe flagged by inspectors is not the one that failed");
    }
}
