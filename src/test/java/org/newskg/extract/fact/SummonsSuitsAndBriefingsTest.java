package org.newskg.extract.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newskg.extract.fact.FactFixtures.describe;
import static org.newskg.extract.fact.FactFixtures.place;
import static org.newskg.extract.fact.FactFixtures.plainNames;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newskg.extract.Event;
import org.newskg.extract.Extraction;
import org.newskg.extract.Participant;

/**
 * Acts of wire copy the fifteenth development set missed or left without a side: an envoy summoned (in the capital the
 * story is filed from), things demanded from a state or its capital, a ballistic missile fired and its launch
 * condemned, a government that asks a body to act, a lawsuit filed and then rejected, troops put on alert, and a trip
 * made to brief someone. A story written for this test.
 */
class SummonsSuitsAndBriefingsTest {

    static Extraction story;

    @BeforeAll
    static void extract() {
        story = FactFixtures.extractOne(FactFixtures.OWN.resolve("testwire-2011-05-12-nairobi-summons.txt"));
    }

    @Test
    void anEnvoyIsSummonedInTheDatelinesCity() {
        Event summons = FactFixtures.find(story, "Disapproval", e -> e.label().contains("summoned"));
        assertEquals("Nairobi", place(summons), describe(story));
    }

    @Test
    void aProtestNoteHandedToTheEnvoyIsNoStreetProtest() {
        assertTrue(FactFixtures.events(story, "Protest").isEmpty(), describe(story));
    }

    @Test
    void whatIsDemandedFromAStateIsDemandedOfIt() {
        Event demand = FactFixtures.find(story, "Demand", FactFixtures.with("Kenya"));
        assertEquals(List.of("Uganda"), plainNames(demand, Participant.TARGET), describe(story));
    }

    @Test
    void whatIsDemandedFromACapitalIsDemandedOfItsGovernment() {
        Event demand = FactFixtures.find(story, "Demand", FactFixtures.with("John Kamau"));
        assertEquals(List.of("Kampala"), plainNames(demand, Participant.TARGET), describe(story));
    }

    @Test
    void aBallisticMissileFiredShowsForce() {
        Event launch = FactFixtures.find(story, "ForcePosture", e -> e.label().contains("fired"));
        assertEquals(List.of("Uganda"), plainNames(launch, Participant.SOURCE), describe(story));
    }

    @Test
    void aLaunchCondemnedIsAimedAtWhoFiredTheMissile() {
        Event condemnation = FactFixtures.find(story, "Disapproval", e -> e.label().contains("condemned"));
        assertEquals(List.of("Uganda"), plainNames(condemnation, Participant.TARGET), describe(story));
    }

    @Test
    void askingABodyToActIsAnAppealToIt() {
        Event appeal = FactFixtures.find(story, "Appeal", e -> e.label().contains("asked"));
        assertEquals(List.of("Kenya"), plainNames(appeal, Participant.SOURCE), describe(story));
        assertTrue(plainNames(appeal, Participant.TARGET).stream().anyMatch(n -> n.contains("Security Council")), describe(story));
    }

    @Test
    void aLawsuitAccusesAndItsRejectionAnswersTheOneWhoFiledIt() {
        Event suit = FactFixtures.find(story, "Disapproval", e -> "115".equals(e.cameo()));
        assertEquals(List.of("Kenya"), plainNames(suit, Participant.SOURCE), describe(story));
        Event rejection = FactFixtures.find(story, "Rejection", e -> e.label().contains("rejected"));
        assertEquals(List.of("Kenya"), plainNames(rejection, Participant.TARGET), describe(story));
    }

    @Test
    void troopsPlacedOnAlertShowForce() {
        FactFixtures.find(story, "ForcePosture", e -> e.label().contains("alert"));
    }

    @Test
    void whoATripIsMadeToBriefIsItsTarget() {
        Event trip = FactFixtures.find(story, "Visit", FactFixtures.with("John Kamau"));
        assertEquals(List.of("Peter Odhiambo"), plainNames(trip, Participant.TARGET), describe(story));
    }
}
