package org.newskg.extract.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newskg.extract.fact.FactFixtures.describe;
import static org.newskg.extract.fact.FactFixtures.place;
import static org.newskg.extract.fact.FactFixtures.sole;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newskg.extract.Extraction;

/**
 * A dateline closed by the agency's brackets and no dash, a clause that ends at "since", a weekday ahead of a
 * present-tense clause, and acts told by "torpedoed" and "ordered a general mobilization".
 */
class WireCopyUndashedDatelineTest {

    static Extraction story;

    @BeforeAll
    static void extract() {
        story = FactFixtures.extractOne(FactFixtures.OWN.resolve("testwire-2021-06-09-undashed-dateline.txt"));
    }

    @Test
    void aDatelineClosedByTheAgencysBracketsWithoutADashPlacesWhatHappensHere() {
        assertEquals("Vienna", place(FactFixtures.find(story, "Meeting", e -> "2021-06-09".equals(FactFixtures.date(e)))),
                "'VIENNA, Jun 9 (Example Wire) ... met ... at a forum here'\n" + describe(story));
    }

    @Test
    void anotherActToldAfterSinceKeepsItsPlaceToItself() {
        assertNotEquals("Belgrade", place(FactFixtures.find(story, "Meeting", e -> "2021-06-08".equals(FactFixtures.date(e)))),
                "'their first meeting since warplanes bombed an embassy in Belgrade'\n" + describe(story));
    }

    @Test
    void aBareWeekdayInAPresentTenseClauseLiesAhead() {
        assertTrue(story.times().stream().anyMatch(t -> t.value().equals("2021-06-11")),
                "'a forum that opens on Friday' in a Wednesday story: the coming Friday\n" + story.times());
    }

    @Test
    void anOrderedMobilizationIsAForcePostureOfWhoOrderedIt() {
        sole(story, "ForcePosture", "mobilization");
    }

    @Test
    void aTorpedoingIsAFight() {
        sole(story, "Fight", "torpedoed");
    }
}
