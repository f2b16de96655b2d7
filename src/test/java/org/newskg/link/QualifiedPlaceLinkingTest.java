package org.newskg.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newskg.link.ArticleLinks.qid;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

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

    @Test
    void londonOntarioIsTheCanadianCityInTheDatelineAndTheBody() {
        LinkedExtraction le = articles.run("cp-1996-05-03-london-ontario-plant.txt");
        assertEquals("Q92561", qid(le, "LONDON"));
        assertEquals("Q92561", qid(le, "London"));
    }

    @Test
    void birminghamAlabamaIsTheAmericanCity() {
        LinkedExtraction le = articles.run("ap-1999-11-20-birmingham-alabama-storm.txt");
        assertEquals("Q79867", qid(le, "BIRMINGHAM"));
        assertEquals("Q79867", qid(le, "Birmingham"));
    }

    @Test
    void valenciaVenezuelaIsNotTheSpanishCity() {
        LinkedExtraction le = articles.run("afp-2003-08-14-valencia-venezuela-strike.txt");
        assertEquals("Q54880", qid(le, "VALENCIA"));
        assertEquals("Q54880", qid(le, "Valencia"));
    }

    @Test
    void anUnqualifiedLondonStaysTheBritishCapital() {
        LinkedExtraction le = articles.run("reuters-2001-03-09-london-bank-rates.txt");
        assertEquals("Q84", qid(le, "LONDON"));
        assertEquals("Q84", qid(le, "London"));
    }
}
