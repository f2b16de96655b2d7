package org.newskg.extract.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newskg.extract.fact.FactFixtures.date;
import static org.newskg.extract.fact.FactFixtures.describe;
import static org.newskg.extract.fact.FactFixtures.plainNames;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newskg.extract.Event;
import org.newskg.extract.Extraction;
import org.newskg.extract.Participant;

/**
 * A hijacking and its end, a denied role, a crowd outside a mission named by its country's name, and trade halted
 * and curbed, on a story written for this test (a ferry hijacked off Crete, 1992): the kinds of event dev23's stories
 * told that newskg missed.
 */
class HijacksAndTradeHaltsTest {

    static Extraction story;

    @BeforeAll
    static void extract() {
        story = FactFixtures.extractOne(FactFixtures.OWN.resolve("testwire-1992-06-12-ferry-hijack.txt"));
    }

    @Test
    void aHijackingIsAnAbductionAndGivingUpIsAYield() {
        Event hijack = FactFixtures.find(story, "Assault", e -> e.first().sentence() == 7);
        assertEquals("181", hijack.cameo(), describe(story));
        assertEquals(List.of("Khalil Haddad"), plainNames(hijack, Participant.SOURCE), describe(story));
        Event surrender = FactFixtures.find(story, "Yield", e -> e.first().sentence() == 0);
        assertEquals("08", surrender.cameo(), describe(story));
    }

    @Test
    void aDayInsideARelativeClauseWithoutCommasDatesThatClauseNotTheMainVerb() {
        Event surrender = FactFixtures.find(story, "Yield", e -> e.first().sentence() == 0);
        assertEquals("1992-06-12", date(surrender), describe(story));
    }

    @Test
    void aRoleDeniedIsADenialOfResponsibility() {
        Event denial = FactFixtures.find(story, "PublicStatement", e -> e.first().sentence() == 1);
        assertEquals("016", denial.cameo(), describe(story));
        assertEquals(List.of("Syria"), plainNames(denial, Participant.SOURCE), describe(story));
    }

    @Test
    void aCrowdOutsideAMissionNamedByItsCountryProtestsAgainstThatCountry() {
        Event rally = FactFixtures.find(story, "Protest", e -> e.first().sentence() == 2);
        assertEquals(List.of("Myanmar"), plainNames(rally, Participant.TARGET), describe(story));
    }

    @Test
    void tradeHaltedOrCurbedIsAnEmbargo() {
        Event halt = FactFixtures.find(story, "Sanction", e -> e.first().sentence() == 3);
        assertEquals(List.of("Tunisia"), plainNames(halt, Participant.SOURCE), describe(story));
        assertEquals(List.of("Libya"), plainNames(halt, Participant.TARGET), describe(story));
        Event curb = FactFixtures.find(story, "Sanction", e -> e.first().sentence() == 4);
        assertEquals(List.of("Egypt"), plainNames(curb, Participant.SOURCE), describe(story));
    }

    @Test
    void diplomatsRecalledReduceRelations() {
        Event recall = FactFixtures.find(story, "ReduceRelations", e -> e.first().sentence() == 5);
        assertEquals("161", recall.cameo(), describe(story));
    }

    @Test
    void agreementsBrokenAreNoNewAgreement() {
        assertTrue(FactFixtures.events(story, "Agreement").isEmpty(), describe(story));
    }
    @Test
    void fireOpenedOnABoatIsAnAssaultByTheGuardsCountry() {
        Event fire = FactFixtures.find(story, "Assault", e -> e.first().sentence() == 8);
        assertEquals("180", fire.cameo(), describe(story));
        assertEquals(List.of("Libya"), plainNames(fire, Participant.SOURCE), describe(story));
    }

    @Test
    void aResultWelcomedIsEndorsed() {
        Event welcome = FactFixtures.find(story, "DiplomaticCooperation", e -> e.first().sentence() == 9);
        assertEquals("051", welcome.cameo(), describe(story));
    }

    @Test
    void fireOpenedOnAnArmyPatrolIsFighting() {
        Event fire = FactFixtures.find(story, "Fight", e -> e.first().sentence() == 10);
        assertEquals(List.of("Tunisia"), plainNames(fire, Participant.SOURCE), describe(story));
        assertEquals(List.of("Libya"), plainNames(fire, Participant.TARGET), describe(story));
    }
}
