package org.newskg.extract.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newskg.extract.fact.FactFixtures.describe;
import static org.newskg.extract.fact.FactFixtures.place;
import static org.newskg.extract.fact.FactFixtures.plainNames;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newskg.extract.Event;
import org.newskg.extract.Extraction;

/**
 * Who took part in talks and visits told the way TASS and Kyodo tell them, on a story written for this test (a visit
 * to New Delhi, 1979): "at the invitation of the Indian government", "Taking part in the talks on the Indian side
 * were A, B and C", "agreed with then Prime Minister X", and "In Moscow, A and B held talks" under another dateline.
 */
class TalksOnEachSideTest {

    static Extraction story;

    @BeforeAll
    static void extract() {
        story = FactFixtures.extractOne(FactFixtures.OWN.resolve("testwire-1979-10-16-delhi-talks.txt"));
    }

    @Test
    void aGovernmentThatInvitesMakesItsCountryTheVisitsTarget() {
        Event visit = FactFixtures.find(story, "Visit", e -> e.first().sentence() == 0);
        assertEquals(List.of("Pham Van Dong"), plainNames(visit, "source"), describe(story));
        assertEquals(List.of("India"), plainNames(visit, "target"), describe(story));
    }

    @Test
    void thePeopleAfterTakingPartInTheTalksWereTakePart() {
        Event talks = FactFixtures.find(story, "Meeting", e -> e.first().sentence() == 2);
        assertEquals(List.of("Charan Singh", "Hitendra Desai", "Nguyen Duy Trinh", "Shyam Nandan Prasad Mishra"),
                plainNames(talks), describe(story));
    }

    @Test
    void thenBeforeATitleStillNamesItsHolder() {
        Event agreed = FactFixtures.find(story, "IntentToCooperate", e -> e.label().contains("agreed"));
        assertEquals(List.of("Morarji Desai", "Pham Van Dong"), plainNames(agreed), describe(story));
    }

    @Test
    void talksHeldAfterAFrontedPlaceAreHeldThere() {
        Event talks = FactFixtures.find(story, "Meeting", e -> plainNames(e).contains("Fidel Castro"));
        assertEquals("Moscow", place(talks), describe(story));
    }
}
