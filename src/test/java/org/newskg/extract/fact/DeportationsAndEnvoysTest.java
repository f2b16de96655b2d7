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
 * Participants of wire copy the held-out set got wrong: expulsions condemned after a deportation was told, an envoy to
 * a body named after his title, a body named with its "U.N." prefix asked to act, and a pair named by their office
 * after someone else was named. A story written for this test.
 */
class DeportationsAndEnvoysTest {

    static Extraction story;

    @BeforeAll
    static void extract() {
        story = FactFixtures.extractOne(FactFixtures.OWN.resolve("testwire-2012-03-06-accra-deportations.txt"));
    }

    @Test
    void anEnvoyToABodyNamedAfterHisTitleIsTheOneWhoUrges() {
        Event appeal = FactFixtures.find(story, "Appeal", e -> e.label().contains("urged"));
        assertTrue(plainNames(appeal, Participant.SOURCE).contains("Kofi Mensah"), describe(story));
    }

    @Test
    void askingTheUnSecurityCouncilToActIsAnAppealToIt() {
        Event appeal = FactFixtures.find(story, "Appeal", e -> e.label().contains("asked"));
        assertEquals(List.of("Ghana"), plainNames(appeal, Participant.SOURCE), describe(story));
    }

    @Test
    void aPairNamedByTheirOfficeAreTheLastTwoHoldingIt() {
        Event talks = FactFixtures.find(story, "Meeting", e -> e.label().contains("talks"));
        assertEquals(List.of("Ama Owusu", "Musa Bello"), plainNames(talks), describe(story));
    }

    @Test
    void expulsionsCondemnedAreAimedAtWhoDeported() {
        Event condemnation = FactFixtures.find(story, "Disapproval", e -> e.label().contains("condemned"));
        assertEquals(List.of("Nigeria"), plainNames(condemnation, Participant.TARGET), describe(story));
    }
}
