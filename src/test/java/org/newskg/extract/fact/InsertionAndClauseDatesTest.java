package org.newskg.extract.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newskg.extract.fact.FactFixtures.date;
import static org.newskg.extract.fact.FactFixtures.sole;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newskg.extract.Extraction;

/**
 * A day that belongs to another part of the sentence does not date the event: one behind "since" in an insertion
 * between the subject and the verb, and one in a clause of its own after ", and Y will ...". A story written for this
 * test (Testwire 2016, Strelsau).
 */
class InsertionAndClauseDatesTest {

    static Extraction strelsau;

    @BeforeAll
    static void extract() {
        strelsau = FactFixtures.extractOne(FactFixtures.OWN.resolve("testwire-2016-08-09-strelsau-insertions.txt"));
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
}
