package org.newskg.extract.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newskg.extract.fact.FactFixtures.date;
import static org.newskg.extract.fact.FactFixtures.describe;
import static org.newskg.extract.fact.FactFixtures.plainNames;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newskg.extract.Event;
import org.newskg.extract.Extraction;
import org.newskg.extract.Participant;

/**
 * Two summits told in one phrase, and a visit one travels to prepare, on a story written for this test (West Africa,
 * 1988): "will attend the first summit of ECOWAS and a summit of the OAU"; "will travel to Accra next week to prepare
 * a visit by Eyadema. Eyadema is to visit Ghana in October at the invitation of Rawlings".
 */
class SummitsAndPreparedVisitsTest {

    static Extraction story;

    @BeforeAll
    static void extract() {
        story = FactFixtures.extractOne(FactFixtures.OWN.resolve("testwire-1988-07-23-lome-three-leaders.txt"));
    }

    @Test
    void twoSummitsOfTwoBodiesInOnePhraseAreTwoSummits() {
        List<Event> summits = FactFixtures.events(story, "Summit").stream().filter(e -> e.first().sentence() == 8).toList();
        assertEquals(2, summits.size(), describe(story));
        assertEquals(List.of("Economic Community of West African States", "OAU"),
                summits.stream().flatMap(e -> plainNames(e).stream()).filter(n -> !n.equals("Gnassingbe Eyadema")).sorted().toList(),
                describe(story));
    }

    @Test
    void aVisitPreparedByAnotherTripIsNotThatTripNorDatedByIt() {
        Event trip = FactFixtures.find(story, "Visit", e -> e.label().equals("travel"));
        assertEquals(List.of("Yaovi Adodo"), plainNames(trip, Participant.SOURCE), describe(story));
        List<Event> visits = FactFixtures.events(story, "Visit").stream()
                .filter(e -> plainNames(e, Participant.SOURCE).contains("Gnassingbe Eyadema")).toList();
        assertEquals(1, visits.size(), describe(story));
        assertEquals("1988-10", date(visits.get(0)), describe(story));
        assertEquals(List.of("Jerry Rawlings"), plainNames(visits.get(0), Participant.TARGET), describe(story));
    }
}
