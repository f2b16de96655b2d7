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
 * Who acts in a text one adopts, who gives what one pledges, and whom a crowd protests against, on a Reuters-style
 * story written for this test (east Africa, 1990, people invented): "adopted a resolution urging X" is the adopter's
 * appeal (but "rejected a statement condemning X" is not the rejecter's condemnation); "pledged Kenya's continued
 * support for Y" is given by Kenya; "Thousands of Ugandans marched ... to protest the Kenyan decision" and
 * "demonstrated ... against the Kenyan measures" are aimed at the country named in the act protested, and the
 * crowd's nationality is no actor; "flew into X for last-ditch talks with Y" goes to Y; "criticized a resolution on X
 * adopted by Y" is aimed at Y.
 */
class IssuedTextsAndCrowdsTest {

    static Extraction row;

    @BeforeAll
    static void extract() {
        row = FactFixtures.extractOne(FactFixtures.OWN.resolve("testwire-1990-03-20-lakeland-resolutions.txt"));
    }

    @Test
    void aResolutionUrgingIsTheAdoptersAppeal() {
        // "The African Union on Monday adopted a resolution urging Uganda to withdraw its troops from the border."
        Event appeal = FactFixtures.find(row, "Appeal", e -> e.first().sentence() == 0);
        assertEquals(List.of("African Union"), plainNames(appeal, Participant.SOURCE), describe(row));
        assertEquals(List.of("Uganda"), plainNames(appeal, Participant.TARGET), describe(row));
    }

    @Test
    void aStatementOneRejectsIsNotOnesOwn() {
        // "Ugandan Foreign Minister Peter Okello rejected a statement condemning the deployment."
        List<Event> condemnations = FactFixtures.events(row, "Disapproval").stream().filter(e -> e.first().sentence() == 2).toList();
        assertTrue(condemnations.stream().noneMatch(e -> plainNames(e, Participant.SOURCE).contains("Peter Okello")), describe(row));
    }

    @Test
    void theOwnerOfContinuedSupportGivesIt() {
        // "Kenyan President John Mwema pledged Kenya's continued support for Tanzania on Tuesday."
        Event pledge = FactFixtures.find(row, "IntentToCooperate", e -> e.first().sentence() == 1);
        assertEquals(List.of("John Mwema", "Kenya"), plainNames(pledge, Participant.SOURCE), describe(row));
        assertTrue(!plainNames(pledge, Participant.TARGET).contains("Kenya"), describe(row));
    }

    @Test
    void aMarchToProtestAForeignActIsNoActOfTheMarchersState() {
        // "Thousands of Ugandans marched through Kampala on Tuesday to protest the Kenyan decision."
        Event march = FactFixtures.find(row, "Protest", e -> e.first().sentence() == 3);
        assertEquals(List.of("Kenya"), plainNames(march), describe(row));
    }

    @Test
    void aProtestAgainstACountrysMeasuresIsAimedAtThatCountry() {
        // "Several hundred Tanzanians demonstrated in Dar es Salaam on Tuesday against the Kenyan measures."
        Event demo = FactFixtures.find(row, "Protest", e -> e.first().sentence() == 4);
        assertEquals(List.of("Kenya"), plainNames(demo, Participant.TARGET), describe(row));
    }

    @Test
    void aTripForTalksWithModifiersGoesToThePartner() {
        // "Tanzanian President Paul Moe flew into Nairobi on Tuesday for last-ditch talks with Mwema."
        Event visit = FactFixtures.find(row, "Visit", e -> e.first().sentence() == 5);
        assertEquals(List.of("John Mwema"), plainNames(visit, Participant.TARGET), describe(row));
    }

    @Test
    void criticismOfATextIsAimedAtWhoAdoptedIt() {
        // "Kenyan Foreign Minister Mary Roe criticized a resolution on Somalia adopted by the European Parliament."
        Event criticism = FactFixtures.find(row, "Disapproval", e -> e.first().sentence() == 6);
        assertEquals(List.of("European Parliament"), plainNames(criticism, Participant.TARGET), describe(row));
    }
}
