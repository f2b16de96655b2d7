package org.newskg.extract.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newskg.extract.fact.FactFixtures.texts;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newskg.extract.Extraction;

/**
 * "X said A, and warned Congress that B": who is warned is no part of what is said, as after "told reporters that".
 * A story written for this test (Testwire 2013).
 */
class WarnedListenersTest {

    static Extraction story;

    @BeforeAll
    static void extract() {
        story = FactFixtures.extractOne(FactFixtures.OWN.resolve("testwire-2013-11-12-deals-reached.txt"));
    }

    @Test
    void theListenerOfACoordinatedWarningIsNoContent() {
        assertEquals(List.of("he would veto any bill blocking it", "the deal would double farm exports"),
                texts(story, "José Mujica").stream().sorted().toList());
    }
}
