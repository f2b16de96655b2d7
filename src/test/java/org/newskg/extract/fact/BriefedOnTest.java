package org.newskg.extract.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newskg.extract.fact.FactFixtures.describe;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newskg.extract.Event;
import org.newskg.extract.Extraction;

/**
 * The matter people are briefed or informed on is talked over, not done nor planned again: "is to travel to Brussels on
 * Friday to brief the ministers on the treaty" plans a visit, not a second treaty. A story written for this test.
 */
class BriefedOnTest {

    static Extraction story;

    @BeforeAll
    static void extract() {
        story = FactFixtures.extractOne(FactFixtures.OWN.resolve("testwire-1994-03-15-treaty-briefing.txt"));
    }

    @Test
    void theTreatySignedIsOneAgreementDatedTheDaySigned() {
        assertEquals(1, story.events().stream().filter(e -> e.type().equals("Agreement")).count(), describe(story));
        Event treaty = FactFixtures.find(story, "Agreement", e -> e.first().sentence() == 0);
        assertEquals("1994-03-15", FactFixtures.date(treaty), describe(story));
    }

    @Test
    void aBriefingOnTheTreatyPlansTheTripOnly() {
        Event trip = FactFixtures.find(story, "Visit", e -> e.first().sentence() == 2);
        assertEquals("planned", trip.status(), describe(story));
        assertTrue(story.events().stream().noneMatch(e -> e.first().sentence() == 2 && !e.type().equals("Visit")), describe(story));
    }

    @Test
    void newSanctionsABodyIsBriefedOnAreNoneImposed() {
        assertTrue(story.events().stream().noneMatch(e -> e.first().sentence() == 3), describe(story));
    }
}
