package org.newskg.extract.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newskg.extract.fact.FactFixtures.find;
import static org.newskg.extract.fact.FactFixtures.plainNames;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newskg.extract.Event;
import org.newskg.extract.Extraction;

/**
 * "X spoke with Y in a telephone call": the one spoken with is on the line too. "said Ruritania would cooperate with
 * Borduria": cooperation promised is an intent to cooperate (CAMEO 03), not cooperation done. A story written for
 * this test (Testwire 2005).
 */
class CallsAndPromisedCooperationTest {

    static Extraction story;

    @BeforeAll
    static void extract() {
        story = FactFixtures.extractOne(FactFixtures.OWN.resolve("testwire-2005-03-01-calls-and-promised-cooperation.txt"));
    }

    @Test
    void theOneSpokenWithIsOnTheLine() {
        Event call = find(story, "PhoneCall", e -> e.label().contains("telephone call"));
        assertEquals(List.of("Khurshid Kasuri", "Natwar Singh"), plainNames(call));
    }

    @Test
    void cooperationSaidToComeIsAnIntent() {
        assertTrue(FactFixtures.events(story, "MaterialCooperation").isEmpty(), FactFixtures.describe(story));
        Event intent = find(story, "IntentToCooperate", e -> e.label().contains("cooperate"));
        assertEquals("031", intent.cameo());
        assertEquals(List.of("Pakistan"), plainNames(intent, "source"));
    }
}
