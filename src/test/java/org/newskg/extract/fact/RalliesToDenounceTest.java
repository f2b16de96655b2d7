package org.newskg.extract.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newskg.extract.fact.FactFixtures.describe;
import static org.newskg.extract.fact.FactFixtures.plainNames;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newskg.extract.Event;
import org.newskg.extract.Extraction;

/**
 * What a crowd denounces or accuses is whom its protest is aimed at, on a story written for this test (Tripoli,
 * 1986): "rallied in the square on Monday to denounce X" is one protest aimed at X, with no condemnation of its own;
 * "marched through the city centre, accusing X of ..." is a protest aimed at X.
 */
class RalliesToDenounceTest {

    static Extraction story;

    @BeforeAll
    static void extract() {
        story = FactFixtures.extractOne(FactFixtures.OWN.resolve("testwire-1986-05-06-rallies-denounce.txt"));
    }

    @Test
    void aRallyToDenounceIsAimedAtWhomItDenounces() {
        Event rally = FactFixtures.find(story, "Protest", e -> e.label().contains("rallied"));
        assertEquals(List.of("United States"), plainNames(rally, "target"), describe(story));
    }

    @Test
    void whatARallyIsHeldToDenounceIsNoCondemnationOfItsOwn() {
        assertEquals(List.of(), FactFixtures.events(story, "Disapproval").stream()
                .filter(e -> e.label().contains("denounce")).toList(), describe(story));
    }

    @Test
    void aMarchAccusingACountryIsAimedAtIt() {
        Event march = FactFixtures.find(story, "Protest", e -> e.label().contains("marched"));
        assertEquals(List.of("Egypt"), plainNames(march, "target"), describe(story));
    }
}
