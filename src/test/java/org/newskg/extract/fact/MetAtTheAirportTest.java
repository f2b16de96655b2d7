package org.newskg.extract.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newskg.extract.fact.FactFixtures.describe;
import static org.newskg.extract.fact.FactFixtures.plainNames;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newskg.extract.Event;
import org.newskg.extract.Extraction;
import org.newskg.extract.Participant;

/**
 * "Doe, who arrived in X on Monday, was met at the airport by Roe": one visit whose target is Roe, no meeting of its
 * own (as dev23 codes "Tanaka, who arrived in Peking on Monday ..., was met at the airport by Chou"). A story written
 * for this test.
 */
class MetAtTheAirportTest {

    static Extraction story;

    @BeforeAll
    static void extract() {
        story = FactFixtures.extractOne(FactFixtures.OWN.resolve("testwire-1981-03-04-met-at-the-airport.txt"));
    }

    @Test
    void theWelcomeIsTheVisitsNotAMeeting() {
        Event visit = FactFixtures.find(story, "Visit", e -> e.label().contains("arrived"));
        assertEquals(List.of("Milan Petrovic"), plainNames(visit, Participant.TARGET), describe(story));
        assertEquals("1981-03-02", FactFixtures.date(visit), describe(story));
        assertEquals(0, FactFixtures.events(story, "Meeting").size(), describe(story));
    }
}
