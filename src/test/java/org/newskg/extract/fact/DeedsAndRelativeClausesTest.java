package org.newskg.extract.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newskg.extract.fact.FactFixtures.describe;
import static org.newskg.extract.fact.FactFixtures.plainNames;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newskg.extract.Event;
import org.newskg.extract.Extraction;

/**
 * Two readings on a wire story written for this test (two countries establish ties, a third loses them; names
 * invented): "welcomed the decision" after a thanks names the deed told before the thanks, not the thanks ({@code deed}
 * cues); the future in a relative clause on a later noun ("a memorandum under which firms will ...") is not the status
 * of the signing; a list of names read on over a name with its article ("appealed to A, the B, C and D").
 */
class DeedsAndRelativeClausesTest {

    static Extraction story;

    @BeforeAll
    static void extract() {
        story = FactFixtures.extractOne(FactFixtures.OWN.resolve("testwire-2008-01-14-strelsau-ties-switched.txt"));
    }

    @Test
    void aDecisionWelcomedIsNotTheThanksToldJustBefore() {
        // "Ruritania said it had severed its diplomatic ties with Graustark. Roe thanked Borduria for its support. Poe
        // welcomed the decision": Ruritania's, not Roe's thanks
        Event welcomed = FactFixtures.find(story, "DiplomaticCooperation", e -> e.label().equals("welcomed"));
        assertEquals(List.of("Ruritania"), plainNames(welcomed, "target"), describe(story));
    }

    @Test
    void aDecisionCondemnedIsNotThePraiseToldJustBefore() {
        // "... Poe welcomed the decision. The Graustark government condemned the decision": Ruritania's again
        Event condemned = FactFixtures.find(story, "Disapproval", e -> e.label().equals("condemned"));
        assertEquals(List.of("Ruritania"), plainNames(condemned, "target"), describe(story));
    }

    @Test
    void theFutureInARelativeClauseOnALaterNounLeavesTheSigningDone() {
        // "witnessed the signing of a memorandum under which Bordurian firms will take part in ..."
        Event signing = FactFixtures.find(story, "Agreement", e -> e.label().equals("signing"));
        assertNotEquals("planned", signing.status(), describe(story)); // (no status: done)
    }

    @Test
    void aListOfNamesGoesOnOverANameWithItsArticle() {
        // "Doe appealed to Ruritania, the ... States, [a kingdom] and [a republic] for military help": all four appealed to
        Event appeal = FactFixtures.find(story, "Appeal", e -> e.label().equals("appealed"));
        List<String> targets = plainNames(appeal, "target");
        assertEquals(4, targets.size(), describe(story));
        assertTrue(targets.contains("Ruritania"), describe(story));
    }
}
