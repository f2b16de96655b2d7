package org.newskg.extract.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newskg.extract.fact.FactFixtures.describe;
import static org.newskg.extract.fact.FactFixtures.place;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newskg.extract.Event;
import org.newskg.extract.Extraction;

/**
 * Places named by a kind of place and "of" after words that only say where it lies, on a story written for this
 * test: "the Mediterranean resort city of X" (two nouns, the first one a tagger may read as a verb) and a fight "for
 * control of the eastern suburbs of X".
 */
class KindOfPlacePhrasesTest {

    static Extraction story;

    @BeforeAll
    static void extract() {
        story = FactFixtures.extractOne(FactFixtures.OWN.resolve("testwire-2015-05-14-antalya-kharkiv.txt"));
    }

    @Test
    void theResortCityOfANameIsThatName() {
        Event met = FactFixtures.find(story, "Meeting", e -> e.label().contains("met"));
        assertEquals("Antalya", place(met), describe(story));
    }

    @Test
    void aFightForControlOfTheSuburbsOfACityIsInThatCity() {
        Event fight = FactFixtures.find(story, "Fight", e -> e.label().contains("fought"));
        assertEquals("Kharkiv", place(fight), describe(story));
    }
}
