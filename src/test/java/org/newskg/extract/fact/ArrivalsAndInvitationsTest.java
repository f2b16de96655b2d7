package org.newskg.extract.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newskg.extract.fact.FactFixtures.describe;
import static org.newskg.extract.fact.FactFixtures.place;
import static org.newskg.extract.fact.FactFixtures.plainNames;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newskg.extract.Event;
import org.newskg.extract.Extraction;
import org.newskg.extract.Participant;

/**
 * Visits told around their arrival and their invitation, on a story written for this test (a state visit to Accra,
 * 1989): "X, who arrived here on Monday for a state visit, was greeted at the airport by Y", "at Y's invitation",
 * "will visit Washington in April for talks with Z" and "has accepted an invitation to visit Pakistan".
 */
class ArrivalsAndInvitationsTest {

    static Extraction story;

    @BeforeAll
    static void extract() {
        story = FactFixtures.extractOne(FactFixtures.OWN.resolve("testwire-1989-03-07-accra-arrivals.txt"));
    }

    @Test
    void whoGreetsAVisitorWhoseArrivalIsARelativeClauseIsTheTarget() {
        Event visit = FactFixtures.find(story, "Visit", e -> e.first().sentence() == 0);
        assertEquals(List.of("Ibrahim Babangida"), plainNames(visit, Participant.SOURCE), describe(story));
        assertEquals(List.of("Jerry Rawlings"), plainNames(visit, Participant.TARGET), describe(story));
        assertEquals("Accra", place(visit), describe(story));
    }

    @Test
    void whoseInvitationTheVisitorComesAtIsTheTarget() {
        Event visit = FactFixtures.find(story, "Visit", e -> e.first().sentence() == 2);
        assertEquals(List.of("Gnassingbe Eyadema"), plainNames(visit, Participant.SOURCE), describe(story));
        assertEquals(List.of("Jerry Rawlings"), plainNames(visit, Participant.TARGET), describe(story));
    }

    @Test
    void talksAVisitIsForAreHeldWhereTheVisitGoes() {
        Event talks = FactFixtures.find(story, "Meeting", e -> e.first().sentence() == 3);
        assertEquals("planned", talks.status(), describe(story));
        assertEquals("Washington, D.C.", place(talks), describe(story));
    }

    @Test
    void aVisitOneAcceptsAnInvitationToIsToTheCountryNamed() {
        Event visit = FactFixtures.find(story, "Visit", e -> e.first().sentence() == 4);
        assertEquals(List.of("Jerry Rawlings"), plainNames(visit, Participant.SOURCE), describe(story));
        assertEquals("Pakistan", place(visit), describe(story));
    }
}
