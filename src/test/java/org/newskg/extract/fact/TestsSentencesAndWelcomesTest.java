package org.newskg.extract.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newskg.extract.fact.FactFixtures.date;
import static org.newskg.extract.fact.FactFixtures.events;
import static org.newskg.extract.fact.FactFixtures.find;
import static org.newskg.extract.fact.FactFixtures.plainNames;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newskg.extract.Event;
import org.newskg.extract.Extraction;

/**
 * Acts missed on the nineteenth events development set (issue 12), on a wire story written for this test (Testwire
 * 2013, two real countries in invented acts, Kravonia and invented people): a nuclear device detonated, a long-range rocket launched
 * and missiles test-fired show force; a sentence passed on reporters is legal action; agreements suspended reduce
 * relations; a vote and a visit welcomed are endorsed, a visiting minister welcomed is not.
 */
class TestsSentencesAndWelcomesTest {

    static Extraction story;

    @BeforeAll
    static void extract() {
        story = FactFixtures.extractOne(FactFixtures.OWN.resolve("testwire-2013-03-08-strelsau-test-welcomes.txt"));
    }

    @Test
    void aNuclearDeviceDetonatedShowsForce() {
        Event test = dated("ForcePosture", "2013-03-06", "150");
        assertEquals(1, plainNames(test, "source").size(), "the country that detonated it is its source");
    }

    @Test
    void aLongRangeRocketLaunchedAndMissilesTestFiredShowForce() {
        dated("ForcePosture", "2013-03-04", "150");
        dated("ForcePosture", "2013", "150");
    }

    @Test
    void agreementsSuspendedReduceRelations() {
        dated("ReduceRelations", "2013-03-08", "16");
        assertTrue(events(story, "Agreement").isEmpty(), "the suspended agreements are no signing");
    }

    @Test
    void aSentenceIsLegalAction() {
        dated("Coercion", "2013-03-07", "173");
    }

    @Test
    void aVoteAndAVisitWelcomedAreEndorsed() {
        assertEquals("051", find(story, "DiplomaticCooperation",
                e -> plainNames(e, "source").contains("Kravonian Foreign Ministry")).cameo());
        assertEquals("051", find(story, "DiplomaticCooperation",
                e -> plainNames(e, "source").contains("Anna Novak")).cameo());
    }

    @Test
    void aVisitingMinisterWelcomedIsNoEndorsement() {
        assertTrue(events(story, "DiplomaticCooperation").stream().noneMatch(e -> plainNames(e).contains("John Doe")),
                FactFixtures.describe(story));
    }

    /** The event of this type dated {@code date}, checked for its CAMEO code. */
    private static Event dated(String type, String date, String cameo) {
        Event e = find(story, type, x -> date.equals(date(x)));
        assertEquals(cameo, e.cameo(), type + " on " + date);
        return e;
    }
}
