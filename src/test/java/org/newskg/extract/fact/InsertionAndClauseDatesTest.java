package org.newskg.extract.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newskg.extract.fact.FactFixtures.date;
import static org.newskg.extract.fact.FactFixtures.sole;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newskg.extract.Extraction;

/**
 * A day that belongs to another part of the sentence does not date the event: one behind "since" in an insertion
 * between the subject and the verb, one in a clause of its own after ", and Y will ...", and one before ", and Y
 * condemned" even when it stands as near as the verb's own. Stories written for this test (Testwire 2016 and 2009).
 */
class InsertionAndClauseDatesTest {

    static Extraction strelsau;
    static Extraction launches;

    @BeforeAll
    static void extract() {
        strelsau = FactFixtures.extractOne(FactFixtures.OWN.resolve("testwire-2016-08-09-strelsau-insertions.txt"));
        launches = FactFixtures.extractOne(FactFixtures.OWN.resolve("testwire-2009-06-12-strelsau-two-days.txt"));
    }

    @Test
    void aDayBehindSinceInAnInsertionIsNoDateOfTheVerb() {
        assertEquals("2016-08-09", date(sole(strelsau, "Meeting", "met")));
    }

    @Test
    void aDayInTheNextClauseWithItsOwnSubjectIsThatClauses() {
        assertEquals("2016-08-09", date(sole(strelsau, "Meeting", "talks")));
        assertEquals("2016-09", date(sole(strelsau, "Visit", "travel")));
    }

    @Test
    void aDayBeforeCommaAndSubjectVerbIsTheClauseBeforesEvenWhenAsNear() {
        // "launched a rocket on April 5, and the council condemned the launch in a statement on April 13"
        assertEquals("2009-04-13", date(sole(launches, "Disapproval", "condemned")));
    }
}
