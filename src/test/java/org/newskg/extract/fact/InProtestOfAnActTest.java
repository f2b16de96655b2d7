package org.newskg.extract.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newskg.extract.fact.FactFixtures.describe;
import static org.newskg.extract.fact.FactFixtures.events;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newskg.extract.Extraction;

/**
 * "in protest" after an act told in the same sentence, on a story written for this test (Budapest, 1999): "recalled
 * its ambassador ... in protest at the arrest" is a recall and no protest of its own; a rally told on its own stays a
 * protest.
 */
class InProtestOfAnActTest {

    static Extraction story;

    @BeforeAll
    static void extract() {
        story = FactFixtures.extractOne(FactFixtures.OWN.resolve("testwire-1999-03-02-recalled-in-protest.txt"));
    }

    @Test
    void aRecallInProtestIsOneRecallAndNoProtest() {
        assertEquals(1, events(story, "ReduceRelations").size(), describe(story));
        int recalled = events(story, "ReduceRelations").get(0).evidence().get(0).sentence();
        assertEquals(0, events(story, "Protest").stream()
                .filter(e -> e.evidence().stream().anyMatch(ev -> ev.sentence() == recalled)).count(), describe(story));
    }

    @Test
    void theRallyToldOnItsOwnStaysAProtest() {
        assertEquals(1, events(story, "Protest").size(), describe(story));
    }
}
