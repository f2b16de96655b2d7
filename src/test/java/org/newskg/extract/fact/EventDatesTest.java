package org.newskg.extract.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newskg.extract.fact.FactFixtures.date;
import static org.newskg.extract.fact.FactFixtures.describe;
import static org.newskg.extract.fact.FactFixtures.events;
import static org.newskg.extract.fact.FactFixtures.sole;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newskg.extract.Event;
import org.newskg.extract.Extraction;

/**
 * Event dates take the temporal tagger's values: a story written for this test (Testwire 2011, two invented
 * leaders of invented countries) datelined "VIENNA, Nov. 11" but published on the web ten days later.
 */
class EventDatesTest {

    static Extraction vienna;

    @BeforeAll
    static void extract() {
        vienna = FactFixtures.extractOne(FactFixtures.OWN.resolve("testwire-2011-11-11-halvas-korsgaard-call.txt"));
    }

    @Test
    void aCallOnFridayIsTheFridayOfTheDateline() {
        // Against the publication day (Monday 21 November) "Friday" would be 18 November.
        assertEquals("2011-11-11", date(sole(vienna, "PhoneCall", "telephone conversation")));
    }

    @Test
    void anExplicitDateBeatsItsWeekday() {
        // "on Saturday" alone, in a future clause told on Friday 11 November, would be the next day.
        Event meeting = events(vienna, "Meeting").stream().filter(e -> "planned".equals(e.status())).findFirst()
                .orElseThrow(() -> new AssertionError(describe(vienna)));
        assertEquals("2011-11-19", date(meeting), describe(vienna));
    }

    @Test
    void aVisitOverTheWeekendIsTheWeekendBeforeTheDateline() {
        // Friday 11 November 2011 is in ISO week 45; the weekend before it (5-6 November) closes week 44.
        assertEquals("2011-W44-WE", date(sole(vienna, "Visit", "visited")));
    }
}
