package org.newskg.extract.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newskg.extract.fact.FactFixtures.date;
import static org.newskg.extract.fact.FactFixtures.describe;
import static org.newskg.extract.fact.FactFixtures.place;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newskg.extract.Event;
import org.newskg.extract.Extraction;
import org.newskg.kb.EntityType;

/**
 * Force used by the police on a crowd ("Police fired tear gas at protesters in the western city of X on Thursday"):
 * coercion (CAMEO 175) with no named actor, in the city the cue "the city of" types. A story written for this test.
 */
class CrowdControlTest {

    static Extraction story;

    @BeforeAll
    static void extract() {
        story = FactFixtures.extractOne(FactFixtures.OWN.resolve("testwire-2017-09-01-nairobi-court-ruling.txt"));
    }

    @Test
    void tearGasFiredAtProtestersIsCoercionWhereAndWhenItWasFired() {
        Event gas = FactFixtures.find(story, "Coercion", e -> e.label().contains("tear gas"));
        assertEquals("175", gas.cameo(), describe(story));
        assertEquals("Kisumu", place(gas), describe(story));
        assertEquals(EntityType.CITY, gas.place().type(), describe(story));
        assertEquals("2017-08-31", date(gas), describe(story));
    }
}
