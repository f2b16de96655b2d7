package org.newskg.extract.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newskg.extract.fact.FactFixtures.date;
import static org.newskg.extract.fact.FactFixtures.find;
import static org.newskg.extract.fact.FactFixtures.plainNames;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newskg.extract.Event;
import org.newskg.extract.Extraction;

/**
 * Acts of wire copy told without the usual trigger words, on a wire story written for this test (Testwire 2011,
 * Ruritania and Borduria, invented people): an accusation dismissed, relations broken told without "diplomatic", an
 * effigy burned, a walkout from a hall, a welcome given to talks and a war launched on a neighbour.
 */
class DismissalsWalkoutsAndEffigiesTest {

    static Extraction rift;

    @BeforeAll
    static void extract() {
        rift = FactFixtures.extractOne(FactFixtures.OWN.resolve("testwire-2011-05-10-strelsau-rift.txt"));
    }

    @Test
    void aDismissedAccusationIsRejected() {
        Event dismissed = find(rift, "Rejection", e -> plainNames(e, "source").contains("John Doe"));
        assertEquals("120", dismissed.cameo());
        assertEquals("2011-05-10", date(dismissed));
    }

    @Test
    void relationsBrokenWithoutTheWordDiplomaticAreReduced() {
        Event broken = find(rift, "ReduceRelations", e -> plainNames(e, "source").contains("Borduria"));
        assertEquals("161", broken.cameo());
    }

    @Test
    void aBurnedEffigyIsAProtest() {
        Event burned = find(rift, "Protest", e -> "141".equals(e.cameo()));
        assertEquals("141", burned.cameo());
    }

    @Test
    void aWalkoutFromAHallIsABoycott() {
        Event walkout = find(rift, "Protest", e -> plainNames(e, "source").contains("Jane Roe"));
        assertEquals("143", walkout.cameo());
    }

    @Test
    void talksWelcomedAreEndorsed() {
        Event welcome = find(rift, "DiplomaticCooperation", e -> "051".equals(e.cameo()));
        assertEquals(List.of("Bordurian Labour Party"), plainNames(welcome, "source"));
    }

    @Test
    void aWarLaunchedIsFighting() {
        Event war = find(rift, "Fight", e -> plainNames(e, "source").contains("Borduria"));
        assertEquals("190", war.cameo());
        assertEquals("1998", date(war));
    }
}
