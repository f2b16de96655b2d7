package org.newskg.extract.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.newskg.extract.fact.FactFixtures.find;
import static org.newskg.extract.fact.FactFixtures.plainNames;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newskg.extract.Event;
import org.newskg.extract.Extraction;

/**
 * Deals reached, struck or sealed, on a wire story written for this test (Testwire 2013): the subject of "reached a
 * deal" makes the deal, a last conjunct naming no one ("and four neighbouring states") leaves the named one its
 * subject, and a later telling that only refers back ("to brief lawmakers on the deal") adds neither a party nor a place.
 */
class DealsReachedTest {

    static Extraction story;

    @BeforeAll
    static void extract() {
        story = FactFixtures.extractOne(FactFixtures.OWN.resolve("testwire-2013-11-12-deals-reached.txt"));
    }

    @Test
    void aDealReachedByANameAndAnUnnamedGroupIsMadeByTheName() {
        Event deal = find(story, "Agreement", e -> e.first().sentence() == 0 && e.label().contains("reached"));
        assertEquals("057", deal.cameo());
        assertEquals(List.of("Brazil"), plainNames(deal));
        assertEquals("2013-11-12", deal.date().value());
    }

    @Test
    void aDealStruckWithAnotherStateHasBothSides() {
        Event deal = find(story, "Agreement", e -> e.label().contains("struck"));
        assertEquals(List.of("Argentina", "Chile"), plainNames(deal));
        assertEquals("2013-11-11", deal.date().value());
    }

    @Test
    void aBriefingOnTheDealAddsNoPartyNorPlace() {
        Event deal = find(story, "Agreement", e -> e.first().sentence() == 0 && e.label().contains("reached"));
        assertEquals(List.of("Brazil"), plainNames(deal));
        assertNotEquals("Brasilia", deal.place() == null ? null : deal.place().name());
    }
}
