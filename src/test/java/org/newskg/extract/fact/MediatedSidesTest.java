package org.newskg.extract.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newskg.extract.fact.FactFixtures.plainNames;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newskg.extract.Event;
import org.newskg.extract.Extraction;

/**
 * "A and B signed a declaration. ... C met A twice and then held talks with B. Under the declaration, the two
 * countries also agreed ...": the two sides are the pair C went between, not C and the last one C met. A story
 * written for this test (Testwire 1986).
 */
class MediatedSidesTest {

    static Extraction x;

    @BeforeAll
    static void extract() {
        x = FactFixtures.extractOne(FactFixtures.OWN.resolve("testwire-1986-06-03-mediated-declaration.txt"));
    }

    @Test
    void theTwoCountriesAreThoseTheMediatorWentBetween() {
        Event agreed = FactFixtures.sole(x, "IntentToCooperate", "agreed");
        assertEquals(List.of("India", "Pakistan"), plainNames(agreed), FactFixtures.describe(x));
    }
}
