package org.newskg.extract.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newskg.extract.fact.FactFixtures.describe;
import static org.newskg.extract.fact.FactFixtures.plainNames;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newskg.extract.Event;
import org.newskg.extract.Extraction;
import org.newskg.extract.Participant;

/**
 * A handshake is a meeting; "met A ... and later held talks with B" is two meetings; a thing said takes no place from
 * the scene the sentence before set; a withdrawal ordered is a yield, one demanded is not; displeasure expressed is
 * disapproval; "the visiting Ruritanian president" is the Ruritanian president named before; police action told
 * right after a clash on a named day happened that day. A story written for this test.
 */
class HandshakesAndSceneTest {

    static Extraction story;

    @BeforeAll
    static void extract() {
        story = FactFixtures.extractOne(FactFixtures.OWN.resolve("testwire-1993-09-13-lawn-handshake.txt"));
    }

    @Test
    void twoLeadersShakingHandsMeet() {
        Event handshake = FactFixtures.find(story, "Meeting", e -> e.label().contains("shook"));
        assertEquals(List.of("Yasser Arafat", "Yitzhak Rabin"), plainNames(handshake),
                describe(story));
    }

    @Test
    void aSecondMeetingAfterAnAdverbKeepsItsOwnPartner() {
        Event first = FactFixtures.find(story, "Meeting", e -> e.label().equals("met"));
        Event talks = FactFixtures.find(story, "Meeting", e -> e.label().contains("talks"));
        assertEquals(List.of("Bill Clinton", "Yitzhak Rabin"), plainNames(first), describe(story));
        assertEquals(List.of("Bill Clinton"), plainNames(talks, Participant.SOURCE), describe(story));
        assertEquals(List.of("Yasser Arafat"), plainNames(talks, Participant.TARGET), describe(story));
    }

    @Test
    void aCondemnationTakesNoPlaceFromTheSceneBefore() {
        Event protest = FactFixtures.find(story, "Protest", e -> true);
        Event condemnation = FactFixtures.find(story, "Disapproval", e -> e.label().contains("condemn"));
        assertEquals("Jerusalem", FactFixtures.place(protest), describe(story));
        assertNull(condemnation.place(), describe(story));
    }

    @Test
    void aWithdrawalOrderedIsAYieldAndOneDemandedIsNot() {
        List<Event> yields = FactFixtures.events(story, "Yield");
        assertEquals(1, yields.size(), describe(story));
        assertEquals(List.of("Felipe Gonzalez"), plainNames(yields.get(0), Participant.SOURCE), describe(story));
        assertTrue(FactFixtures.events(story, "Demand").stream().anyMatch(e -> plainNames(e).contains("Syria")),
                describe(story));
    }

    @Test
    void displeasureExpressedIsDisapproval() {
        Event displeasure = FactFixtures.find(story, "Disapproval", FactFixtures.with("Hosni Mubarak"));
        assertEquals(List.of("Hosni Mubarak"), plainNames(displeasure, Participant.SOURCE), describe(story));
    }

    @Test
    void theVisitingPresidentOfACountryIsTheOneNamedBefore() {
        Event meeting = FactFixtures.find(story, "Meeting", FactFixtures.with("Warren Christopher"));
        assertEquals(List.of("Hosni Mubarak", "Warren Christopher"), plainNames(meeting), describe(story));
    }

    @Test
    void policeActionRightAfterAClashGoesOnOnTheClashsDay() {
        Event detentions = FactFixtures.find(story, "Coercion", e -> e.label().contains("detained"));
        assertTrue(FactFixtures.date(detentions).startsWith("1993-09-12"), describe(story)); // that evening
    }
}
