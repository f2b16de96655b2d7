package org.newskg.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Wire copy often leaves out a leader's first given name ("Tayyip Erdogan", "Eduardo dos Santos"): the last words of
 * a KB person's name, two or more, are a short form of it, linked like the family name alone. A story written for
 * this test (Testwire 2016, Ankara).
 */
class LeadingNameLinkingTest {

    private static final Path HOME = Path.of(System.getProperty("newskg.home", "."));
    private static ArticleLinks articles;

    @BeforeAll
    static void load() {
        articles = ArticleLinks.shipped(HOME.resolve("src/test/resources/org/newskg/extract/fact"));
    }

    @Test
    void aNameWithoutItsFirstGivenNameLinksToThePerson() {
        LinkedExtraction le = articles.run("testwire-2016-03-08-ankara-leaders.txt");
        assertEquals("Q39259", ArticleLinks.qid(le, "Tayyip Erdogan"));
        assertEquals("Q57313", ArticleLinks.qid(le, "Eduardo dos Santos"));
    }
}
