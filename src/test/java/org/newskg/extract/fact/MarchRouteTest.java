package org.newskg.extract.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newskg.extract.fact.FactFixtures.date;
import static org.newskg.extract.fact.FactFixtures.describe;
import static org.newskg.extract.fact.FactFixtures.place;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newskg.extract.Event;
import org.newskg.extract.Extraction;

/**
 * "Protesters marched through the city of X on Saturday ... Police arrested four people": a march takes place where
 * it goes through, not in the dateline's town, and the arrests that follow in the scene it set. A story written for
 * this test.
 */
class MarchRouteTest {

    static Extraction story;

    @BeforeAll
    static void extract() {
        story = FactFixtures.extractOne(FactFixtures.OWN.resolve("testwire-2008-07-09-lakeside-summit.txt"));
    }

    @Test
    void aMarchTakesPlaceInTheCityItWentThrough() {
        Event march = FactFixtures.find(story, "Protest", e -> e.label().startsWith("marched"));
        assertEquals("Sapporo", place(march), describe(story));
        assertEquals("2008-07-05", date(march), describe(story));
    }

    @Test
    void theArrestsAfterTheMarchAreInItsCity() {
        Event arrests = FactFixtures.find(story, "Coercion", e -> e.label().startsWith("arrested"));
        assertEquals("Sapporo", place(arrests), describe(story));
    }
}
