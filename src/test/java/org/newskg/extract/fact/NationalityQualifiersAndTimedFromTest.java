package org.newskg.extract.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newskg.extract.fact.FactFixtures.describe;
import static org.newskg.extract.fact.FactFixtures.plainNames;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newskg.extract.Event;
import org.newskg.extract.Extraction;

/**
 * On a Reuters-style story written for this test (a minister's shuttle, 1999, people invented): a nationality word no
 * country of the knowledge base owns ("Yugoslav", "Bosnian Serb") qualifies the person named after it in an object
 * like any adjective, and "after the meeting" in a clause that tells of an act to come is the meeting told before,
 * not a new one planned for that day; a trip one "had been due" to make is a plan of the past, whose month dates no
 * visit one is invited to make.
 */
class NationalityQualifiersAndTimedFromTest {

    static Extraction story;

    @BeforeAll
    static void extract() {
        story = FactFixtures.extractOne(FactFixtures.OWN.resolve("testwire-1999-03-03-strelsau-shuttle.txt"));
    }

    @Test
    void aNationalityWordOfNoKnownCountryOpeningTheObjectDoesNotHideThePerson() {
        // "held talks with Yugoslav President Ivan Petrovic"
        Event talks = FactFixtures.find(story, "Meeting", e -> e.first().sentence() == 0);
        assertTrue(plainNames(talks).contains("Ivan Petrovic"), describe(story));
        // "met Bosnian Serb leader Milan Kovac in Zenda"
        Event met = FactFixtures.find(story, "Meeting", e -> e.first().sentence() == 2);
        assertTrue(plainNames(met).contains("Milan Kovac"), describe(story));
    }

    @Test
    void theMeetingAClauseIsTimedFromIsTheOneToldBefore() {
        // "told reporters after the meeting that ... the two sides would sign it on Friday"
        List<Event> meetings = FactFixtures.events(story, "Meeting");
        assertEquals(0, meetings.stream().filter(e -> "planned".equals(e.status())).count(), describe(story));
        assertEquals(0, meetings.stream().filter(e -> e.first().sentence() == 1).count(), describe(story));
    }

    @Test
    void aVisitOneIsInvitedToMakeIsNotDatedByAPlanToldAsPast() {
        // "invited Rassendyll to visit Belgrade once the fighting ends. Rassendyll, who had been due to visit Belgrade in
        // January but cancelled the trip, ..."
        Event visit = FactFixtures.find(story, "Visit", e -> e.first().sentence() == 3);
        assertEquals("planned", visit.status(), describe(story));
        assertNull(FactFixtures.date(visit), describe(story));
    }
}
