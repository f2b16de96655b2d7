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
 * "X sent a delegation to Lima on Tuesday, which met Y": the delegation acts for its sender, who meets Y (the relative
 * clause hangs on the delegation, not on the day or the place said after it). A story written for this test.
 */
class DelegationSenderMeetsTest {

    static Extraction story;

    @BeforeAll
    static void extract() {
        story = FactFixtures.extractOne(FactFixtures.OWN.resolve("testwire-2003-02-19-delegation-met.txt"));
    }

    @Test
    void theSenderOfTheDelegationMeetsTheOneItMet() {
        Event meeting = FactFixtures.find(story, "Meeting", e -> plainNames(e).contains("Alejandro Toledo"));
        assertEquals(List.of("Alejandro Toledo", "Organization of American States"),
                plainNames(meeting).stream().sorted().toList(), describe(story));
    }
}
