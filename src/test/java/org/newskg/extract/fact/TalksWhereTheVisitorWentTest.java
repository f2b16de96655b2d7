package org.newskg.extract.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newskg.extract.fact.FactFixtures.find;
import static org.newskg.extract.fact.FactFixtures.place;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newskg.extract.Event;
import org.newskg.extract.Extraction;

/**
 * Talks after a trip, on a wire story written for this test (Testwire 2003, filed from the visitor's own capital):
 * talks naming no place, held by one who flew to another city that day, are held there, not in the dateline's city,
 * and so is a meeting planned for the next day; a meeting of someone who did not travel stays in the dateline's city;
 * the place of the matter talked over ("on the crisis in eastern Congo") is not the summit's; a summit welcomed is
 * endorsed.
 */
class TalksWhereTheVisitorWentTest {

    static Extraction story;

    @BeforeAll
    static void extract() {
        story = FactFixtures.extractOne(FactFixtures.OWN.resolve("testwire-2003-04-08-trip-talks.txt"));
    }

    @Test
    void talksAfterTheFlightAreWhereTheVisitorWent() {
        Event talks = find(story, "Meeting", e -> e.label().contains("talks"));
        assertEquals("Kigali", place(talks));
    }

    @Test
    void aMeetingPlannedForTheNextDayIsThereToo() {
        Event meeting = find(story, "Meeting", e -> "planned".equals(e.status()));
        assertEquals("Kigali", place(meeting));
    }

    @Test
    void oneWhoStayedHomeMeetsInTheDatelinesCity() {
        Event meeting = find(story, "Meeting", e -> e.label().contains("met"));
        assertEquals("Kampala", place(meeting));
    }

    @Test
    void theMattersPlaceIsNotTheSummits() {
        Event summit = find(story, "Summit", e -> true);
        assertEquals("Kigali", place(summit));
    }

    @Test
    void aSummitWelcomedIsEndorsed() {
        Event praise = find(story, "DiplomaticCooperation", e -> e.label().contains("welcomed"));
        assertEquals("051", praise.cameo());
        assertEquals(java.util.List.of("Louis Michel"), FactFixtures.plainNames(praise, "source"));
    }
}
