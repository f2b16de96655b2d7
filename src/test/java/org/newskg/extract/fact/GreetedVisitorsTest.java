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
 * An arrival told with who received the visitor in a coordinated passive ("arrived in X and was greeted by Y at the
 * airport"): Y is the visit's target. A story written for this test.
 */
class GreetedVisitorsTest {

    static Extraction story;

    @BeforeAll
    static void extract() {
        story = FactFixtures.extractOne(FactFixtures.OWN.resolve("testwire-2007-09-21-la-paz-arrival.txt"));
    }

    @Test
    void whoGreetsTheVisitorIsTheVisitsTarget() {
        Event visit = FactFixtures.find(story, "Visit", e -> e.label().contains("arrived"));
        assertEquals(List.of("Hugo Chavez"), plainNames(visit, Participant.SOURCE), describe(story));
        assertEquals(List.of("Evo Morales"), plainNames(visit, Participant.TARGET), describe(story));
    }
}
