package org.newskg.extract.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newskg.extract.fact.FactFixtures.describe;
import static org.newskg.extract.fact.FactFixtures.plainNames;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newskg.extract.Event;
import org.newskg.extract.Extraction;

/**
 * "X will meet both leaders again" means the two X brought together, not the last two leaders named; "Niger's ruling
 * military council ... agreed": an unnamed body acts for the country that owns it. Stories written for this test.
 */
class LeadPairsAndOwnedBodiesTest {

    static Extraction lead;
    static Extraction owned;

    @BeforeAll
    static void extract() {
        lead = FactFixtures.extractOne(FactFixtures.OWN.resolve("testwire-1983-09-14-two-countries-lead.txt"));
        owned = FactFixtures.extractOne(FactFixtures.OWN.resolve("testwire-2019-06-03-owner-acts.txt"));
    }

    @Test
    void bothLeadersAreTheTwoTheActorBroughtTogether() {
        Event meet = FactFixtures.find(lead, "Meeting", e -> e.label().equals("meet"));
        assertEquals(List.of("Anton Diouf", "Pavel Sall"), plainNames(meet, "target"), describe(lead));
    }

    @Test
    void aRulingCouncilActsForTheCountryThatOwnsIt() {
        Event agreed = FactFixtures.find(owned, "IntentToCooperate", e -> e.label().equals("agreed"));
        assertEquals(List.of("Niger"), plainNames(agreed, "source"), describe(owned));
    }
}
