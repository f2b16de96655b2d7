package org.newskg.extract.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newskg.extract.fact.FactFixtures.date;
import static org.newskg.extract.fact.FactFixtures.describe;
import static org.newskg.extract.fact.FactFixtures.events;
import static org.newskg.extract.fact.FactFixtures.place;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newskg.extract.Event;
import org.newskg.extract.Extraction;

/**
 * Acts of wire copy read from the trigger lines of {@code data/events/triggers.tsv} added for them, on an AFP-style
 * story written for this test (Tallinn, 2011): a protest lodged with a government, charges denied, a vessel sent, a
 * signing suspended, services halted, "flew on to"; and the day of a past perfect in a "that" clause of "told".
 */
class WireCopyActsTest {

    static Extraction tallinn;

    @BeforeAll
    static void extract() {
        tallinn = FactFixtures.extractOne(FactFixtures.OWN.resolve("testwire-2011-03-14-tallinn-trawler.txt"));
    }

    private static Event labelled(String type, String word) {
        return FactFixtures.find(tallinn, type, e -> e.label().contains(word));
    }

    @Test
    void aProtestLodgedWithAGovernmentIsAnOfficialComplaintToldThatDay() {
        // "Urmas Paet told a news briefing that Tallinn firmly opposed the seizure and had lodged a solemn
        // protest with the Latvian side."
        Event lodged = labelled("Disapproval", "lodged");
        assertEquals("114", lodged.cameo(), describe(tallinn));
        assertEquals("2011-03-14", date(lodged), "'told ... that X had lodged': done by the day it was told: " + describe(tallinn));
        assertTrue(events(tallinn, "Protest").isEmpty(), "a protest lodged is no street protest: " + describe(tallinn));
    }

    @Test
    void chargesDeniedAreRejected() {
        // "Latvia has repeatedly denied the charges."
        assertEquals("120", labelled("Rejection", "denied").cameo(), describe(tallinn));
    }

    @Test
    void aDenialOfOnesOwnPartIsAStatementDenyingResponsibility() {
        // "Riga denied any involvement of its border guards in the seizure."
        Event denial = labelled("PublicStatement", "denied");
        assertEquals("016", denial.cameo(), describe(tallinn));
        assertTrue(FactFixtures.names(denial).contains("Latvia") || FactFixtures.names(denial).contains("Riga"), describe(tallinn));
    }

    @Test
    void aVesselSentIsAShowOfForce() {
        // "Estonia sent a navy patrol vessel to the Gulf of Riga on Sunday."
        Event sent = labelled("ForcePosture", "sent");
        assertEquals("150", sent.cameo(), describe(tallinn));
        assertEquals("2011-03-13", date(sent), describe(tallinn));
    }

    @Test
    void aSigningSuspendedReducesRelationsAndSignsNothing() {
        // "The European Commission suspended the signing of a fisheries agreement with Latvia."
        assertEquals("160", labelled("ReduceRelations", "suspended").cameo(), describe(tallinn));
        assertTrue(events(tallinn, "Agreement").stream().noneMatch(e -> e.label().contains("signing")),
                "the signing suspended is the phrase's, no signing told: " + describe(tallinn));
    }

    @Test
    void servicesHaltedToACountryReduceRelations() {
        // "Latvia last week halted ferry services to Estonia."
        assertEquals("160", labelled("ReduceRelations", "halted").cameo(), describe(tallinn));
    }

    @Test
    void flyingOnToACityIsAVisitThere() {
        // "Finnish President Tarja Halonen, who met Paet in Tallinn on Sunday, flew on to Riga on Monday."
        Event flew = labelled("Visit", "flew");
        assertEquals("Riga", place(flew), describe(tallinn));
        assertEquals("2011-03-14", date(flew), describe(tallinn));
    }
}
