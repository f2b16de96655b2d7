package org.newskg.extract.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
 * A body that suspends a member, ties and aid cut, unnamed crowds and gangs clashing, a summons that delivers a
 * protest, a state kept rather than an occupation, and a mission named once then called "the embassy", on a story
 * written for this test (Togo suspended, 1974): the kinds of event dev24's stories told that newskg missed or misread.
 */
class SuspensionsClashesAndMissionsTest {

    static Extraction story;

    @BeforeAll
    static void extract() {
        story = FactFixtures.extractOne(FactFixtures.OWN.resolve("testwire-1974-03-12-togo-suspended.txt"));
    }

    @Test
    void aSubjectWithItsShortFormInParenthesesActs() {
        Event suspension = FactFixtures.find(story, "ReduceRelations", e -> e.first().sentence() == 0);
        assertEquals(List.of("Economic Community of West African States"), plainNames(suspension, Participant.SOURCE), describe(story));
        assertEquals(List.of("Togo"), plainNames(suspension, Participant.TARGET), describe(story));
    }

    @Test
    void jointOperationsSuspendedReduceRelations() {
        Event suspended = FactFixtures.find(story, "ReduceRelations", e -> e.first().sentence() == 1);
        assertEquals(List.of("United States"), plainNames(suspended, Participant.SOURCE), describe(story));
        assertEquals(List.of("Togo"), plainNames(suspended, Participant.TARGET), describe(story));
    }

    @Test
    void budgetSupportFrozenIsAidCut() {
        Event frozen = FactFixtures.find(story, "ReduceRelations", e -> e.first().sentence() == 2);
        assertEquals("162", frozen.cameo(), describe(story));
    }

    @Test
    void anAgreementCancelledReducesRelations() {
        Event cancelled = FactFixtures.find(story, "ReduceRelations", e -> e.first().sentence() == 3);
        assertEquals(List.of("Togo"), plainNames(cancelled, Participant.TARGET), describe(story));
    }

    @Test
    void aPlaceKeptOccupiedIsNoOccupation() {
        assertTrue(FactFixtures.events(story, "Fight").stream().noneMatch(e -> e.first().sentence() == 4), describe(story));
    }

    @Test
    void unnamedGangsAndProtestersClashing() {
        Event gangs = FactFixtures.find(story, "Fight", e -> e.first().sentence() == 5);
        assertEquals("190", gangs.cameo(), describe(story));
        Event protesters = FactFixtures.find(story, "Protest", e -> e.first().sentence() == 6);
        assertEquals("145", protesters.cameo(), describe(story));
    }

    @Test
    void theProtestASummonsDeliversIsNoStreetProtest() {
        assertTrue(FactFixtures.events(story, "Protest").stream().noneMatch(e -> e.first().sentence() == 7), describe(story));
        FactFixtures.find(story, "Disapproval", e -> e.first().sentence() == 7);
    }

    @Test
    void theEmbassyIsTheMissionNamedBefore() {
        Event march = FactFixtures.find(story, "Protest", e -> e.first().sentence() == 9);
        assertEquals(List.of("Togo"), plainNames(march, Participant.TARGET), describe(story));
        assertEquals(List.of(), plainNames(march, Participant.SOURCE), describe(story));
    }
}
