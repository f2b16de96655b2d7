package org.newskg.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A town qualified by its province, state or country ("LONDON, Ontario", "BIRMINGHAM, Alabama") is the town of that
 * name in the qualifier's country, in the dateline and wherever else the article names it; without a qualifier the
 * best known town of the name stays the reading. Short articles written for this test.
 */
class QualifiedPlaceLinkingTest {

    private static final Path HOME = Path.of(System.getProperty("newskg.home", "."));
    private static ArticleLinks articles;

    @BeforeAll
    static void load() {
        articles = ArticleLinks.shipped(HOME.resolve("src/test/resources/link/qualified"));
    }

    @ParameterizedTest(name = "{1} in {0}")
    @CsvSource({
        "cp-1996-05-03-london-ontario-plant.txt, LONDON, London, Q92561",
        "ap-1999-11-20-birmingham-alabama-storm.txt, BIRMINGHAM, Birmingham, Q79867",
        "afp-2003-08-14-valencia-venezuela-strike.txt, VALENCIA, Valencia, Q54880",
        // No qualifier: the best known town of the name.
        "reuters-2001-03-09-london-bank-rates.txt, LONDON, London, Q84",
    })
    void theDatelineAndTheBodyNameTheTownOfTheQualifiersCountry(String file, String dateline, String body, String qid) {
        LinkedExtraction le = articles.run(file);
        assertEquals(qid, ArticleLinks.qid(le, dateline));
        assertEquals(qid, ArticleLinks.qid(le, body));
    }
}
