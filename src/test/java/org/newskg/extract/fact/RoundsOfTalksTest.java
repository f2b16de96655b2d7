package org.newskg.extract.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newskg.extract.fact.FactFixtures.names;
import static org.newskg.extract.fact.FactFixtures.place;
import static org.newskg.extract.fact.FactFixtures.sole;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newskg.extract.Event;
import org.newskg.extract.Extraction;
import org.newskg.extract.Participant;

/**
 * "is due to fly to X on Friday for a last round of talks with Y": the talks measured out by "a round of" are those
 * of the trip, held by the traveller with Y where the trip goes (a story written for this test, Testwire 1999).
 */
class RoundsOfTalksTest {

    @Test
    void aRoundOfTalksOnATripIsTheTravellersWithTheOneHeMeetsThere() {
        Extraction x = FactFixtures.extractOne(FactFixtures.OWN.resolve("testwire-1999-03-10-round-of-talks.txt"));
        Event talks = sole(x, "Meeting", "talks");
        assertEquals(List.of("Richard Holbrooke"), names(talks, Participant.SOURCE));
        assertEquals(List.of("Slobodan Milosevic"), names(talks, Participant.TARGET));
        assertEquals("Belgrade", place(talks));
        assertEquals("planned", talks.status());
    }
}
