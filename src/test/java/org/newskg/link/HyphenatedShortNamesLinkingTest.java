package org.newskg.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A person named later by a hyphenated family name alone ("Roe-Smith" after "Jane Roe-Smith") is the same entity as
 * the full name, linked or not: the recognizer splits the family name in two words, so the short mention is no
 * one-word name. A story written for the statement tests (Testwire 2016, Ghana).
 */
class HyphenatedShortNamesLinkingTest {

    private static final Path HOME = Path.of(System.getProperty("newskg.home", "."));
    private static ArticleLinks articles;

    @BeforeAll
    static void load() {
        articles = ArticleLinks.shipped(HOME.resolve("src/test/resources/org/newskg/extract/fact"));
    }

    @Test
    void theHyphenatedFamilyNameIsTheFullNamesEntity() {
        LinkedExtraction le = articles.run("testwire-2016-12-09-accra-concession.txt");
        String full = ArticleLinks.key(le, "Nana Akufo-Addo");
        assertEquals(full, ArticleLinks.key(le, "Akufo-Addo"));
    }
}
