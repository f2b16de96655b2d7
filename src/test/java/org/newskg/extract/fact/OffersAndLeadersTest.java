package org.newskg.extract.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newskg.extract.fact.FactFixtures.events;
import static org.newskg.extract.fact.FactFixtures.sole;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newskg.extract.Event;
import org.newskg.extract.Extraction;
import org.newskg.extract.Participant;

/**
 * Participant errors of plain patterns, on stories written for this test (Testwire 2026): a loan "of" an amount "to"
 * a country keeps its recipient; an offer to host a meeting between two others is an intent to meet aimed at both, not
 * their meeting; a speech to a joint meeting of a legislature is a statement; "the two leaders" after the leaders'
 * talks and a meeting of their foreign ministers are the leaders.
 */
class OffersAndLeadersTest {

    static Extraction offers;
    static Extraction leaders;

    @BeforeAll
    static void extract() {
        offers = FactFixtures.extractOne(FactFixtures.OWN.resolve("testwire-2026-05-05-offers-loans.txt"));
        leaders = FactFixtures.extractOne(FactFixtures.OWN.resolve("testwire-2026-05-04-leaders-talks.txt"));
    }

    private static List<String> named(Event e, String role) {
        return e.participants().stream().filter(p -> p.role().equals(role)).map(p -> p.mention().name()).sorted().toList();
    }

    @Test
    void aLoanOfAnAmountToACountryKeepsItsRecipient() {
        Event loan = sole(offers, "Aid", "extended");
        assertEquals(List.of("Japan"), named(loan, Participant.SOURCE));
        assertEquals(List.of("Thailand"), named(loan, Participant.TARGET));
    }

    @Test
    void anOfferToHostAMeetingIsAnIntentAimedAtBoth() {
        Event offer = sole(offers, "IntentToCooperate", "host");
        assertEquals("036", offer.cameo());
        assertEquals(List.of("Turkey"), named(offer, Participant.SOURCE));
        assertEquals(List.of("Vladimir Putin", "Volodymyr Zelenskyy"), named(offer, Participant.TARGET));
        assertTrue(events(offers, "Meeting").isEmpty(), "no meeting told: " + events(offers, "Meeting"));
    }

    @Test
    void aSpeechToAJointMeetingIsAStatement() {
        Event speech = sole(offers, "PublicStatement", "address");
        assertEquals(List.of("Narendra Modi"), named(speech, Participant.SOURCE));
    }

    @Test
    void theTwoLeadersAreTheLeadersNotTheirMinisters() {
        Event again = FactFixtures.find(leaders, "Meeting", e -> "planned".equals(e.status()));
        assertEquals(List.of("John Doe", "Richard Roe"),
                again.participants().stream().map(p -> p.mention().name()).sorted().toList());
    }
}
