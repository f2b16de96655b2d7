package org.newskg.extract.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newskg.extract.fact.FactFixtures.describe;
import static org.newskg.extract.fact.FactFixtures.plainNames;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newskg.extract.Event;
import org.newskg.extract.Extraction;
import org.newskg.extract.Participant;

/**
 * "flew in from X" is an arrival at the dateline's city, X the place left; a "Conference Centre" is a hall, no
 * conference; "is to pay an official visit" is planned however many
 * words describe the visit, and "at Roe's invitation" makes Roe its target as "at the invitation of Roe" does. A story
 * written for this test.
 */
class FlyingVisitsTest {

    static Extraction story;

    @BeforeAll
    static void extract() {
        story = FactFixtures.extractOne(FactFixtures.OWN.resolve("testwire-1988-05-17-flying-visits.txt"));
    }

    @Test
    void flyingInFromACityIsAVisitToTheDatelineCity() {
        Event rawlings = FactFixtures.find(story, "Visit", FactFixtures.with("Jerry Rawlings"));
        assertEquals(List.of("Jerry Rawlings"), plainNames(rawlings, Participant.SOURCE), describe(story));
        assertEquals("Lome", FactFixtures.plain(FactFixtures.place(rawlings)), describe(story));
        assertTrue(FactFixtures.date(rawlings).startsWith("1988-05-17"), describe(story));
        Event compaore = FactFixtures.find(story, "Visit", e -> e.label().contains("flew in")
                && !plainNames(e).contains("Jerry Rawlings"));
        assertTrue(FactFixtures.date(compaore).startsWith("1988-05-16"), describe(story));
    }

    @Test
    void aConferenceCentreIsNoConference() {
        assertTrue(FactFixtures.events(story, "Summit").isEmpty(), describe(story));
    }

    @Test
    void anOfficialVisitToComeAtSomeonesInvitation() {
        Event visit = FactFixtures.find(story, "Visit", e -> "Cotonou".equals(FactFixtures.place(e)));
        assertEquals("planned", visit.status(), describe(story));
        assertEquals(List.of("Mathieu Kerekou"), plainNames(visit, Participant.TARGET), describe(story));
    }
}
