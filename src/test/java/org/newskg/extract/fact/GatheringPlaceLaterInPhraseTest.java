package org.newskg.extract.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newskg.extract.fact.FactFixtures.describe;
import static org.newskg.extract.fact.FactFixtures.place;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newskg.extract.Event;
import org.newskg.extract.Extraction;

/**
 * "X, speaking at an international conference on Lebanon in Rome, urged": the gathering is named by a common noun but
 * the phrase names its place after it, so the act is in Rome, not in the dateline's city; "Speaking at a state
 * banquet, Y praised", with no place in the phrase, stays in the dateline's city. A story written for this test.
 */
class GatheringPlaceLaterInPhraseTest {

    static Extraction story;

    @BeforeAll
    static void extract() {
        story = FactFixtures.extractOne(FactFixtures.OWN.resolve("testwire-2006-07-27-conference-in-rome.txt"));
    }

    @Test
    void aPlaceAfterTheGatheringWins() {
        Event appeal = FactFixtures.find(story, "Appeal", e -> e.label().startsWith("urged"));
        assertEquals("Rome", place(appeal), describe(story));
    }

    @Test
    void aGatheringWithNoPlaceIsInTheDatelineCity() {
        Event praise = FactFixtures.find(story, "DiplomaticCooperation", e -> e.label().startsWith("praised"));
        assertEquals("Beijing", place(praise), describe(story));
    }
}
