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
 * "After the talks, the two leaders witnessed the signing": the two are the parties of the talks the sentence opens
 * with, though another person was named since ("He was welcomed by Queen Z"). A story written for this test.
 */
class AfterTheTalksPairTest {

    static Extraction story;

    @BeforeAll
    static void extract() {
        story = FactFixtures.extractOne(FactFixtures.OWN.resolve("testwire-1994-06-08-two-leaders.txt"));
    }

    @Test
    void theTwoLeadersAreThePartiesOfTheTalksTheSentenceOpensWith() {
        Event signing = FactFixtures.find(story, "Agreement", e -> e.label().contains("signing"));
        assertEquals(List.of("Ivan Dudek", "Karl Ostrava"), plainNames(signing).stream().sorted().toList(), describe(story));
    }
}
