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
 * Acts named again by a noun, and a noun phrase that holds a trigger but tells no event, on a story written for this
 * test (a border row in West Africa, 1988): "troops landed on an island ... condemned the landing", "soldiers shot
 * dead four traders ... condemned the shootings", "prepare the agenda for talks".
 */
class LandingsShootingsAndAgendasTest {

    static Extraction story;

    @BeforeAll
    static void extract() {
        story = FactFixtures.extractOne(FactFixtures.OWN.resolve("testwire-1988-07-23-lome-three-leaders.txt"));
    }

    @Test
    void troopsLandingIsForceAndItsCondemnationIsAimedAtTheirCountry() {
        Event landing = FactFixtures.find(story, "Fight", e -> e.first().sentence() == 4);
        assertEquals(List.of("Ghana"), plainNames(landing, Participant.SOURCE), describe(story));
        Event condemned = FactFixtures.find(story, "Disapproval", e -> e.first().sentence() == 5);
        assertEquals(List.of("Togo"), plainNames(condemned, Participant.SOURCE), describe(story));
        assertEquals(List.of("Ghana"), plainNames(condemned, Participant.TARGET), describe(story));
    }

    @Test
    void theShootingsAreTheKillingToldBefore() {
        Event shot = FactFixtures.find(story, "Assault", e -> e.first().sentence() == 6);
        assertEquals(List.of("Togo"), plainNames(shot, Participant.SOURCE), describe(story));
        Event condemned = FactFixtures.find(story, "Disapproval", e -> e.first().sentence() == 7);
        assertEquals(List.of("Togo"), plainNames(condemned, Participant.TARGET), describe(story));
    }

    @Test
    void anAgendaForTalksIsNoMeeting() {
        assertTrue(FactFixtures.events(story, "Meeting").stream().noneMatch(e -> e.first().sentence() == 2), describe(story));
    }
}
