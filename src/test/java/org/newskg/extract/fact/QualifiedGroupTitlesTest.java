package org.newskg.extract.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newskg.extract.fact.FactFixtures.find;
import static org.newskg.extract.fact.FactFixtures.plainNames;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newskg.extract.Event;
import org.newskg.extract.Extraction;

/**
 * "The two foreign ministers" are the two people with that title, not the last two with a title ending in "minister"
 * (a prime minister named before). A story written for this test (Testwire 1996).
 */
class QualifiedGroupTitlesTest {

    static Extraction story;

    @BeforeAll
    static void extract() {
        story = FactFixtures.extractOne(FactFixtures.OWN.resolve("testwire-1996-02-15-two-foreign-ministers.txt"));
    }

    @Test
    void theTwoForeignMinistersAreNoPrimeMinister() {
        Event met = find(story, "Meeting", e -> e.label().equals("met"));
        assertEquals(List.of("Richard Roe", "Stefan Novak"), plainNames(met));
    }
}
