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
 * "X thanked Y for his help in a telephone call": the call governed by a verb addressed to a person has both on the
 * line, the subject and the one addressed. A story written for this test (Testwire 1988).
 */
class CallsToTheAddresseeTest {

    static Extraction story;

    @BeforeAll
    static void extract() {
        story = FactFixtures.extractOne(FactFixtures.OWN.resolve("testwire-1988-11-04-thanks-by-telephone.txt"));
    }

    @Test
    void theOneThankedInACallIsOnTheLine() {
        Event call = find(story, "PhoneCall", e -> e.label().contains("telephone call"));
        assertEquals(List.of("Maumoon Abdul Gayoom", "Rajiv Gandhi"), plainNames(call));
    }
}
