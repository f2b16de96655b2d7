package org.newskg.extract.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newskg.extract.fact.FactFixtures.describe;

import org.junit.jupiter.api.Test;
import org.newskg.extract.Event;
import org.newskg.extract.Extraction;

/**
 * "accused X of ambushing a patrol on Sunday": the day after the gerund (which the tagger may read as a noun) is the
 * ambush's, not the accusation's, dated the story's day (as dev23 codes "accused Chinese troops of ambushing a Soviet
 * patrol ... on Sunday morning"). A story written for this test.
 */
class AccusedOfAmbushingTest {

    @Test
    void theAccusationIsDatedTheStorysDay() {
        Extraction story = FactFixtures.extractOne(FactFixtures.OWN.resolve("testwire-1981-03-03-accused-of-ambushing.txt"));
        Event note = FactFixtures.find(story, "Disapproval", e -> e.first().sentence() == 0);
        assertEquals("1981-03-03", FactFixtures.date(note), describe(story));
    }
}
