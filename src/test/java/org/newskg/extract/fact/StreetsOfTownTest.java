package org.newskg.extract.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newskg.extract.fact.FactFixtures.describe;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newskg.extract.Event;
import org.newskg.extract.Extraction;

/**
 * "took to the streets of X": the streets a protest's trigger names are the town's, which is where it took place, not
 * the dateline's city. A story written for this test.
 */
class StreetsOfTownTest {

    static Extraction story;

    @BeforeAll
    static void extract() {
        story = FactFixtures.extractOne(FactFixtures.OWN.resolve("testwire-2019-07-05-streets-of.txt"));
    }

    @Test
    void theStreetsOfATownPlaceTheProtestThere() {
        Event protest = FactFixtures.find(story, "Protest", e -> e.first().sentence() == 0);
        assertEquals("Omdurman", protest.place().text(), describe(story));
    }

    @Test
    void aMarchInTheDatelineCityStaysThere() {
        Event march = FactFixtures.find(story, "Protest", e -> e.first().sentence() == 1);
        assertEquals("Khartoum", march.place().text(), describe(story));
    }
}
