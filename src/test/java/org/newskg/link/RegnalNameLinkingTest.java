package org.newskg.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A sovereign or pope is named after a title by the given names before the regnal numeral ("Queen Elizabeth" for
 * Elizabeth II, "King Juan Carlos" for Juan Carlos I, "Pope John Paul" for John Paul II): those words are a short
 * form of the KB label. A story written for this test (Testwire 1981, Madrid).
 */
class RegnalNameLinkingTest {

    private static final Path HOME = Path.of(System.getProperty("newskg.home", "."));
    private static ArticleLinks articles;

    @BeforeAll
    static void load() {
        articles = ArticleLinks.shipped(HOME.resolve("src/test/resources/org/newskg/extract/fact"));
    }

    @Test
    void aTitledGivenNameLinksToTheSovereign() {
        LinkedExtraction le = articles.run("testwire-1981-10-12-madrid-royal-visit.txt");
        assertEquals("Q9682", ArticleLinks.qid(le, "Elizabeth"));
        assertEquals("Q19943", ArticleLinks.qid(le, "Juan Carlos"));
    }
}
