package org.newskg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.jena.irix.IRIx;
import org.junit.jupiter.api.Test;

class IrisTest {

    @Test
    void articleGraphSentenceAndSpanIrisFollowTheDocumentedPatterns() {
        assertEquals("https://w3id.org/newskg/id/article/c-0a1b", Iris.article("c-0a1b").getURI());
        assertEquals("https://w3id.org/newskg/graph/c-0a1b", Iris.graph("c-0a1b").getURI());
        assertEquals("https://w3id.org/newskg/id/article/c-0a1b/sentence/3", Iris.sentence("c-0a1b", 3).getURI());
        assertEquals("https://w3id.org/newskg/id/article/c-0a1b/mention/7-12", Iris.mention("c-0a1b", 7, 12).getURI());
        assertEquals("https://w3id.org/newskg/id/article/c-0a1b/time/0-4", Iris.time("c-0a1b", 0, 4).getURI());
        assertEquals("https://w3id.org/newskg/id/entity/Q148", Iris.entity("Q148").getURI());
        assertEquals("https://w3id.org/newskg/id/entity/city/sao-paulo", Iris.entity("city/sao-paulo").getURI());
    }

    @Test
    void factIrisAreMintedUnderTheArticleAndPositionsAreShared() {
        assertEquals("https://w3id.org/newskg/id/article/c-0a1b/event/5-9", Iris.event("c-0a1b", 5, 9).getURI());
        assertEquals("https://w3id.org/newskg/id/article/c-0a1b/evidence/5-9", Iris.evidence("c-0a1b", 5, 9).getURI());
        assertEquals("https://w3id.org/newskg/id/article/c-0a1b/role/5-9", Iris.role("c-0a1b", 5, 9).getURI());
        assertEquals("https://w3id.org/newskg/id/article/c-0a1b/statement/5-9", Iris.statement("c-0a1b", 5, 9).getURI());
        assertEquals("https://w3id.org/newskg/id/position/foreign-minister--Q159",
                Iris.position("Foreign Minister", "Q159").getURI());
        assertEquals(Iris.position("Foreign Minister", "Q159"), Iris.position("foreign  minister", "Q159"));
        assertEquals("https://w3id.org/newskg/id/position/chairman--organization/acme-holdings",
                Iris.position("Chairman", "organization/acme-holdings").getURI());
        assertEquals("https://w3id.org/newskg/id/position/mayor", Iris.position("Mayor", null).getURI());
        // The same slug as local entity keys: one function for both.
        assertEquals(Iris.POSITION_NS + org.newskg.link.Linker.slug("Premier Ministre délégué"),
                Iris.position("Premier Ministre délégué", null).getURI());
        assertThrows(IllegalArgumentException.class, () -> Iris.event("a", 9, 9));
        assertThrows(IllegalArgumentException.class, () -> Iris.position("President", ""));
    }

    @Test
    void textIsPercentEncodedSoEveryIriIsValid() {
        String weird = "a b/ç<>\"{}#?%";
        String iri = Iris.article(weird).getURI();
        assertEquals("https://w3id.org/newskg/id/article/a%20b%2F%C3%A7%3C%3E%22%7B%7D%23%3F%25", iri);
        assertTrue(!IRIx.create(iri).isRelative());
        assertEquals("https://w3id.org/newskg/id/entity/org/x%20y", Iris.entity("org/x y").getURI());
    }

    @Test
    void badSpansAndEmptyKeysAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> Iris.mention("a", 5, 5));
        assertThrows(IllegalArgumentException.class, () -> Iris.time("a", -1, 3));
        assertThrows(IllegalArgumentException.class, () -> Iris.sentence("a", -2));
        assertThrows(IllegalArgumentException.class, () -> Iris.entity(""));
        assertThrows(IllegalArgumentException.class, () -> Iris.article(""));
        assertThrows(IllegalArgumentException.class, () -> Iris.wikidata("P31"));
    }
}
