package org.newskg.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A person the text gives one country's office ("Pakistan's envoy Shahid Malik") is not the namesake the knowledge base
 * knows only in another country's offices (a British minister), even when that other country is named in the article;
 * with an office of the namesake's own country the name links. Short articles written for this test.
 */
class ForeignOfficeLinkingTest {

    private static final Path HOME = Path.of(System.getProperty("newskg.home", "."));
    private static ArticleLinks articles;

    @BeforeAll
    static void load() {
        articles = ArticleLinks.shipped(HOME.resolve("src/test/resources/link/foreign-offices"));
    }

    @Test
    void anotherCountrysOfficeIsNotTheNamesakes() {
        LinkedExtraction le = articles.run("afp-2008-12-04-envoy-suspects-list.txt");
        assertNull(ArticleLinks.qid(le, "Shahid Malik"));
        assertEquals("Q272670", ArticleLinks.qid(le, "David Miliband"));
    }

    @Test
    void anOfficeOfTheNamesakesOwnCountryLinksHim() {
        LinkedExtraction le = articles.run("reuters-2008-11-20-justice-minister-prisons.txt");
        assertEquals("Q5973251", ArticleLinks.qid(le, "Shahid Malik"));
    }
}
