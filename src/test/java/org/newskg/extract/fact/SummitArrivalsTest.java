package org.newskg.extract.fact;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newskg.extract.fact.FactFixtures.find;
import static org.newskg.extract.fact.FactFixtures.plainNames;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newskg.extract.Event;
import org.newskg.extract.Extraction;

/**
 * "X arrived in Y on Monday for a two-day summit": who arrives for the summit attends it, though the tokenizer splits
 * "two-day" at its hyphen and the chunker opens the summit's phrase at "day". A story written for this test (Testwire 2013).
 */
class SummitArrivalsTest {

    static Extraction story;

    @BeforeAll
    static void extract() {
        story = FactFixtures.extractOne(FactFixtures.OWN.resolve("testwire-2013-11-12-deals-reached.txt"));
    }

    @Test
    void whoArrivesForAHyphenatedSummitAttendsIt() {
        Event summit = find(story, "Summit", e -> e.label().contains("summit"));
        assertTrue(plainNames(summit).contains("Horacio Cartes"), summit.toString());
    }
}
