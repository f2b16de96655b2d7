package org.newskg.extract.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newskg.extract.fact.FactFixtures.describe;
import static org.newskg.extract.fact.FactFixtures.events;
import static org.newskg.extract.fact.FactFixtures.plainNames;
import static org.newskg.extract.fact.FactFixtures.sole;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newskg.extract.Event;
import org.newskg.extract.Extraction;

/**
 * Acts of a wire story written for this test (Testwire 2021, invented countries and people): a second act coordinated
 * after an order keeps the order's subject, ties raised to a partnership, a trip called off for a natural cause.
 */
class ConsulatesAndTiesTest {

    static Extraction story;

    @BeforeAll
    static void extract() {
        story = FactFixtures.extractOne(FactFixtures.OWN.resolve("testwire-2021-02-03-strelsau-consulates.txt"));
    }

    @Test
    void aConsulateClosedAfterAnOrderIsClosedByTheSubjectOfTheOrder() {
        Event closed = sole(story, "ReduceRelations", "closed");
        assertEquals(List.of("John Doe"), plainNames(closed, "source"), describe(story));
    }

    @Test
    void tiesElevatedToAPartnershipAreDiplomaticCooperation() {
        Event elevated = sole(story, "DiplomaticCooperation", "elevated");
        assertEquals("050", elevated.cameo());
        assertTrue(plainNames(elevated).containsAll(List.of("Rudolf Rassendyll", "John Doe")), describe(story));
    }

    @Test
    void aTripCancelledBecauseOfFloodsReducesNoRelations() {
        assertTrue(events(story, "ReduceRelations").stream().noneMatch(e -> plainNames(e).contains("Rudolf Rassendyll")),
                describe(story));
        assertTrue(events(story, "Visit").stream().noneMatch(e -> e.label().equals("trip")),
                "the trip called off is the planned visit, told by 'visit', not a trip of its own:\n" + describe(story));
    }
}
