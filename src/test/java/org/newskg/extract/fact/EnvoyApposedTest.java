package org.newskg.extract.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newskg.extract.fact.FactFixtures.describe;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newskg.extract.Event;
import org.newskg.extract.Extraction;

/**
 * The person met is the one a possessive's envoy names, not the one who sent the envoy ("met President Doe's envoy,
 * Foreign Minister Roe,", "met Doe's special envoy Roe"); an unusual given name the tagger reads as a verb ends no
 * clause before the meeting's place. Read in an AFP story of 1997 by the lead (session 31); a story written for this test.
 */
class EnvoyApposedTest {

    static Extraction story;

    @BeforeAll
    static void extract() {
        story = FactFixtures.extractOne(FactFixtures.OWN.resolve("testwire-1997-03-14-envoy-apposed.txt"));
    }

    @Test
    void theEnvoyApposedAfterAPossessiveIsMet() {
        Event met = FactFixtures.find(story, "Meeting", e -> e.first().sentence() == 0);
        assertEquals(List.of("Tritan Dervishi"), FactFixtures.plainNames(met, "target"), describe(story));
        assertEquals("Palazzo Chigi", FactFixtures.place(met), describe(story));
    }

    @Test
    void theEnvoyNamedRightAfterAPossessiveIsMet() {
        Event met = FactFixtures.find(story, "Meeting", e -> e.first().sentence() == 1);
        assertEquals(List.of("Ilir Hoxha"), FactFixtures.plainNames(met, "target"), describe(story));
    }

    @Test
    void aGivenNameTaggedAsAVerbEndsNoPlacePhrase() {
        Event met = FactFixtures.find(story, "Meeting", e -> e.first().sentence() == 2);
        assertEquals("Athens", FactFixtures.place(met), describe(story));
    }
}
