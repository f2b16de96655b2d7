package org.newskg.extract.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newskg.extract.fact.FactFixtures.describe;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newskg.extract.Event;
import org.newskg.extract.Extraction;

/**
 * "said Norway would send a second aid flight to Sri Lanka next week": the intent is made the day it is said; "next week"
 * is the day of the aid promised. A story written for this test.
 */
class PromisedActDatesTest {

    static Extraction story;

    @BeforeAll
    static void extract() {
        story = FactFixtures.extractOne(FactFixtures.OWN.resolve("testwire-2009-04-16-promised-aid.txt"));
    }

    @Test
    void anIntentIsDatedTheDayItIsSaidNotByTheTimeOfTheActPromised() {
        Event intent = FactFixtures.find(story, "IntentToCooperate", e -> e.label().contains("send"));
        assertEquals("2009-04-16", FactFixtures.date(intent), describe(story));
    }
}
