package org.newskg.extract.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newskg.extract.fact.FactFixtures.date;
import static org.newskg.extract.fact.FactFixtures.describe;
import static org.newskg.extract.fact.FactFixtures.place;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newskg.extract.Event;
import org.newskg.extract.Extraction;

/**
 * "protested against rising fuel prices ... on Sunday", "demonstrated against soaring food prices in Budapest": the
 * "-ing" form of a verb that takes no object qualifies the noun after it, and the day and place after it are the
 * protest's; "marched to Wenceslas Square": a march takes place where it went; "Speaking at a party congress, X
 * urged": an act done at a gathering the sentence names by a common noun is placed in the dateline's city. A story
 * written for this test.
 */
class MarchesAndRisingPricesTest {

    static Extraction story;

    @BeforeAll
    static void extract() {
        story = FactFixtures.extractOne(FactFixtures.OWN.resolve("testwire-1991-03-14-price-protests.txt"));
    }

    @Test
    void aProtestAgainstRisingPricesKeepsItsDay() {
        Event protest = FactFixtures.find(story, "Protest", e -> e.label().startsWith("protested"));
        assertEquals("1991-03-10", date(protest), describe(story));
        assertEquals("Bratislava", place(protest), describe(story));
    }

    @Test
    void aDemonstrationAgainstSoaringPricesKeepsItsPlace() {
        Event protest = FactFixtures.find(story, "Protest", e -> e.label().startsWith("demonstrated"));
        assertEquals("Budapest", place(protest), describe(story));
        assertEquals("1991-03-11", date(protest), describe(story));
    }

    @Test
    void aMarchTakesPlaceAtTheSquareItWentTo() {
        Event march = FactFixtures.find(story, "Protest", e -> "1991-03-12".equals(date(e)));
        assertEquals("Wenceslas Square", place(march), describe(story));
    }

    @Test
    void anAppealSpokenAtAGatheringIsInTheDatelineCity() {
        Event appeal = FactFixtures.find(story, "Appeal", e -> e.label().startsWith("urged"));
        assertEquals("Vienna", place(appeal), describe(story));
    }
}
