package org.newskg.extract.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newskg.extract.fact.FactFixtures.describe;
import static org.newskg.extract.fact.FactFixtures.events;
import static org.newskg.extract.fact.FactFixtures.plainNames;
import static org.newskg.extract.fact.FactFixtures.with;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newskg.extract.Event;
import org.newskg.extract.Extraction;

/**
 * Who a directed act is aimed at, and words that tell no act, on a Reuters-style story written for this test
 * (Venezuela and Colombia, 2004): an envoy recalled from a capital, "urged him", one caller telephoning two people,
 * "agreed to back", what an appeal asks for, "attack helicopters".
 */
class WireCopyDirectedTest {

    static Extraction caracas;

    @BeforeAll
    static void extract() {
        caracas = FactFixtures.extractOne(FactFixtures.OWN.resolve("testwire-2004-05-11-caracas-envoy.txt"));
    }

    @Test
    void anEnvoyRecalledFromACapitalIsAimedAtItsCountryNotPlacedThere() {
        // "Venezuela on Tuesday recalled its ambassador in Bogota for consultations"
        Event recall = FactFixtures.find(caracas, "ReduceRelations", e -> e.label().contains("recalled"));
        assertEquals(List.of("Venezuela"), plainNames(recall, "source"), describe(caracas));
        assertEquals(List.of("Colombia"), plainNames(recall, "target"), "the capital's country: " + describe(caracas));
        assertNull(recall.place(), "the envoy serves in Bogota; the recall was not made there");
        assertTrue(events(caracas, "Meeting").isEmpty(), "'for consultations' is no meeting: " + describe(caracas));
    }

    @Test
    void himAfterATelephoneCallIsThePersonCalled() {
        // "Lula da Silva telephoned Venezuelan President Hugo Chavez on Tuesday and urged him to settle the dispute"
        Event appeal = FactFixtures.find(caracas, "Appeal", e -> plainNames(e, "source").stream().anyMatch(n -> n.startsWith("Luiz")));
        assertEquals(List.of("Hugo Chavez"), plainNames(appeal, "target"), describe(caracas));
        assertTrue(plainNames(appeal, "source").get(0).startsWith("Luiz Inacio Lula"), describe(caracas));
    }

    @Test
    void oneCallerTelephoningTwoPeopleMadeTwoCalls() {
        // "Vicente Fox telephoned Argentine President Nestor Kirchner and his Chilean counterpart Ricardo Lagos"
        List<Event> fox = events(caracas, "PhoneCall").stream().filter(with("Vicente Fox")).toList();
        assertEquals(2, fox.size(), describe(caracas));
        assertTrue(fox.stream().anyMatch(with("Ricardo Lagos")) && fox.stream().anyMatch(with("Nestor Kirchner")), describe(caracas));
        assertTrue(fox.stream().allMatch(e -> e.participants().size() == 2), describe(caracas));
    }

    @Test
    void whatAnIntentOrAnAppealAsksForIsNoActOfItsOwn() {
        // "agreed to back a regional peace initiative": one intent, no endorsement; "urged Colombia to release three
        // Venezuelan soldiers": an appeal, no release; "attack helicopters": a weapon, no attack
        assertTrue(events(caracas, "DiplomaticCooperation").isEmpty(), describe(caracas));
        assertTrue(events(caracas, "IntentToCooperate").stream().anyMatch(e -> e.label().contains("agreed")), describe(caracas));
        assertTrue(events(caracas, "Yield").isEmpty(), describe(caracas));
        assertTrue(events(caracas, "Appeal").stream().anyMatch(with("Peru")), describe(caracas));
        assertTrue(events(caracas, "Assault").isEmpty(), describe(caracas));
    }
}
