package org.newskg.extract.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newskg.extract.fact.FactFixtures.date;
import static org.newskg.extract.fact.FactFixtures.sole;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newskg.extract.Extraction;

/**
 * A day told before ", and SUBJECT VERB" belongs to the clause before: the verb after it takes the day of its own
 * clause even when the other stands as near. A story written for this test (Testwire 2009, Strelsau).
 */
class ClauseOfItsOwnDatesTest {

    static Extraction strelsau;

    @BeforeAll
    static void extract() {
        strelsau = FactFixtures.extractOne(FactFixtures.OWN.resolve("testwire-2009-06-12-strelsau-two-days.txt"));
    }

    @Test
    void theCondemnationTakesTheDayOfItsStatementNotOfTheLaunch() {
        assertEquals("2009-04-13", date(sole(strelsau, "Disapproval", "condemned")));
    }
}
