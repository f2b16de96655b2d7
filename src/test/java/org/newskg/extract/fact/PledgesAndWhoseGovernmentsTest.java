package org.newskg.extract.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newskg.extract.fact.FactFixtures.names;
import static org.newskg.extract.fact.FactFixtures.sole;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newskg.extract.Event;
import org.newskg.extract.Extraction;
import org.newskg.extract.Participant;

/**
 * Read from a story written for this test: "pledged U.S. help ... for the coming winter" is given by the United States
 * to the one met, on the day of the meeting (the winter is what the help is for); "told Y that X would withdraw its
 * troops" foretells a withdrawal; "leader Doe, whose government protested" is Doe's country protesting; a state's
 * ministry acts for the state ("X's foreign ministry urged"); "'We strongly oppose ...,' Doe told reporters on Tuesday" is Doe's
 * disapproval, on Tuesday; "failed on Tuesday to agree" is no agreement.
 */
class PledgesAndWhoseGovernmentsTest {

    static Extraction story;

    @BeforeAll
    static void extract() {
        story = FactFixtures.extractOne(FactFixtures.OWN.resolve("testwire-1991-09-11-pledges-and-whose.txt"));
    }

    @Test
    void aDemonymOrNameBeforeTheHelpPledgedIsItsGiver() {
        Event pledge = sole(story, "IntentToCooperate", "pledged");
        assertFalse(names(pledge, Participant.TARGET).contains("United States"), FactFixtures.describe(story));
        assertEquals(java.util.List.of("Richard Roe"), names(pledge, Participant.TARGET));
    }

    @Test
    void thePeriodTheHelpIsForDoesNotDateThePledge() {
        assertEquals("1991-09-11", sole(story, "IntentToCooperate", "pledged").date().value());
    }

    @Test
    void aWithdrawalSaidToComeIsPlanned() {
        assertEquals("planned", sole(story, "Yield", "withdraw").status());
    }

    @Test
    void whoseGovernmentIsTheCountryOfTheLeaderBeforeIt() {
        Event protest = FactFixtures.find(story, "Disapproval", e -> e.first().sentence() == 2);
        assertTrue(names(protest, Participant.SOURCE).contains("Kyrgyzstan"), FactFixtures.describe(story));
    }

    @Test
    void aStatesMinistryActsForTheState() {
        Event appeal = sole(story, "Appeal", "urged");
        assertEquals(java.util.List.of("Kazakhstan"), names(appeal, Participant.SOURCE), FactFixtures.describe(story));
    }

    @Test
    void whoSaysWeInAQuotationActsOnTheDayOfSaying() {
        Event opposed = sole(story, "Disapproval", "oppose");
        assertEquals(java.util.List.of("Jane Poe"), names(opposed, Participant.SOURCE), FactFixtures.describe(story));
        assertEquals("1991-09-10", opposed.date().value());
    }

    @Test
    void whatTheyFailedOnADayToAgreeOnIsNoAgreement() {
        assertTrue(story.events().stream().noneMatch(e -> e.label().contains("agree")), FactFixtures.describe(story));
    }
}
