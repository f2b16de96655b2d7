package org.newskg.extract.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newskg.extract.fact.FactFixtures.describe;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newskg.extract.Event;
import org.newskg.extract.Extraction;

/**
 * Three readings a user met in a Reuters story on a fuel swap deal (lead, session 31), on a story written for this test:
 * the "him" of a clause opened by "after" is the main clause's person, not its own subject; a duty met is no meeting;
 * a deal to be discussed "with Y by telephone" is a planned call; a gerund adjunct ("..., thanking him") is dated by
 * the whole clause it hangs on; "X values ... and is ready to work with Y": X, the first conjunct's subject, is ready.
 */
class CallsAndDutiesTest {

    static Extraction story;

    @BeforeAll
    static void extract() {
        story = FactFixtures.extractOne(FactFixtures.OWN.resolve("testwire-2009-06-09-power-deal-calls.txt"));
    }

    @Test
    void himInAClauseOpenedByAfterIsTheMainClausesPerson() {
        Event call = FactFixtures.find(story, "PhoneCall", e -> e.first().sentence() == 1);
        assertEquals(List.of("Komi Agbeyome", "Yaw Mensah"), FactFixtures.plainNames(call), describe(story));
        assertEquals(List.of("Yaw Mensah"), FactFixtures.plainNames(call, "source"), describe(story));
    }

    @Test
    void obligationsMetAreNoMeeting() {
        assertTrue(story.events().stream().noneMatch(e -> e.first().sentence() == 2), describe(story));
    }

    @Test
    void aDealToBeDiscussedByTelephoneIsAPlannedCall() {
        Event call = FactFixtures.find(story, "PhoneCall", e -> e.first().sentence() == 3);
        assertEquals("planned", call.status(), describe(story));
        assertEquals(List.of("Musa Danjuma", "Yaw Mensah"), FactFixtures.plainNames(call), describe(story));
        assertEquals("2009-06-10", FactFixtures.date(call), describe(story));
    }

    @Test
    void thanksGivenInACallAreDatedByTheCall() {
        Event call = FactFixtures.find(story, "PhoneCall", e -> e.first().sentence() == 4);
        assertEquals("2009-06-07TNI", FactFixtures.date(call), describe(story));
        Event thanks = FactFixtures.find(story, "DiplomaticCooperation", e -> e.first().sentence() == 4);
        assertEquals("2009-06-07TNI", FactFixtures.date(thanks), describe(story));
    }

    @Test
    void aCopulaAfterAndTakesTheFirstConjunctsSubject() {
        Event ready = FactFixtures.find(story, "IntentToCooperate", e -> e.first().sentence() == 5);
        assertEquals(List.of("Ghana"), FactFixtures.plainNames(ready, "source"), describe(story));
        assertEquals(List.of("Togo"), FactFixtures.plainNames(ready, "target"), describe(story));
    }
}
