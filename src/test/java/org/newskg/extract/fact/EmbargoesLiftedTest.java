package org.newskg.extract.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newskg.extract.fact.FactFixtures.describe;
import static org.newskg.extract.fact.FactFixtures.events;
import static org.newskg.extract.fact.FactFixtures.find;
import static org.newskg.extract.fact.FactFixtures.plainNames;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newskg.extract.Event;
import org.newskg.extract.Extraction;
import org.newskg.extract.Participant;

/**
 * An embargo lifted and one promised to be lifted, on a wire story written for this test (Testwire 1991): lifting an
 * embargo eases it (CAMEO 085), imposes none; "would lift" is an intent to yield (035), as the gold sets code "would lift
 * its trade embargo" and "would revoke the textile quotas".
 */
class EmbargoesLiftedTest {

    static Extraction story;

    @BeforeAll
    static void extract() {
        story = FactFixtures.extractOne(FactFixtures.OWN.resolve("testwire-1991-04-12-embargo-lifted.txt"));
    }

    @Test
    void anEmbargoLiftedIsEasedNotImposed() {
        Event lifted = find(story, "Yield", e -> e.first().sentence() == 1);
        assertEquals("085", lifted.cameo(), describe(story));
        assertEquals(List.of("United Kingdom"), plainNames(lifted, Participant.SOURCE), describe(story));
        assertTrue(events(story, "Sanction").isEmpty(), () -> "no embargo imposed: " + describe(story));
    }

    @Test
    void anEmbargoThatWouldBeLiftedIsAnIntentToYield() {
        Event intent = find(story, "IntentToCooperate", e -> e.first().sentence() == 0);
        assertEquals("035", intent.cameo(), describe(story));
        assertTrue(plainNames(intent, Participant.SOURCE).contains("Canada"), describe(story));
    }
}
