package org.newskg.extract.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.newskg.extract.fact.FactFixtures.describe;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newskg.extract.Event;
import org.newskg.extract.Extraction;

/**
 * "exchanged letters on Thursday after months of secret negotiations": the negotiations fill a stretch the duration
 * before them names, and are not dated by the day the letters were exchanged (seen when "months of" became a duration, session 31).
 * A story written for this test.
 */
class MonthsOfNegotiationsTest {

    static Extraction story;

    @BeforeAll
    static void extract() {
        story = FactFixtures.extractOne(FactFixtures.OWN.resolve("testwire-1994-07-22-months-of-negotiations.txt"));
    }

    @Test
    void negotiationsAfterMonthsOfThemHaveNoDay() {
        Event talks = FactFixtures.find(story, "Meeting", e -> e.label().contains("negotiations"));
        assertNull(FactFixtures.date(talks), describe(story));
        assertEquals("London", FactFixtures.place(talks), describe(story));
    }

}
