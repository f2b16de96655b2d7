package org.newskg.extract.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newskg.extract.fact.FactFixtures.date;
import static org.newskg.extract.fact.FactFixtures.describe;

import org.junit.jupiter.api.Test;
import org.newskg.extract.Event;
import org.newskg.extract.Extraction;

/**
 * An act told as done "during the call" takes the call's day, on a story written for this test: "X, who spoke by
 * telephone with Y on Wednesday, urged him during the call to ..." is dated Wednesday, not the dateline's Thursday.
 */
class DuringTheCallDatesTest {

    @Test
    void anAppealDuringTheCallIsOnTheCallsDay() {
        Extraction x = FactFixtures.extractOne(FactFixtures.OWN.resolve("testwire-2016-06-30-during-the-call.txt"));
        Event appeal = FactFixtures.find(x, "Appeal", e -> e.label().contains("urged"));
        assertEquals("2016-06-29", date(appeal), describe(x));
    }
}
