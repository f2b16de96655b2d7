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
 * On a story written for this test (Lima, 1981): "demanded the immediate withdrawal of Peruvian troops" is aimed at
 * Peru, and "called for the withdrawal of Peruvian troops from X and of Ecuadorian troops from Y" at both; "condemned
 * the Peruvian "aggression"" is aimed at Peru over the quotation mark; "urged both sides to halt the fighting" names
 * the two sides of the fighting told before, not the two people of a meeting told since; a summons by Colombia's
 * minister, filed from Lima, is placed in Bogota (named later in the story), not in Lima; a bare "announced" is no
 * event; a state that "opened its border" yields.
 */
class WithdrawalsSummonsAndSidesTest {

    static Extraction story;

    @BeforeAll
    static void extract() {
        story = FactFixtures.extractOne(FactFixtures.OWN.resolve("testwire-1981-01-30-peru-ecuador-border.txt"));
    }

    @Test
    void aDemandedWithdrawalOfForcesIsAimedAtTheirCountry() {
        Event demand = FactFixtures.sole(story, "Demand", "demanded");
        assertEquals(List.of("Peru"), plainNames(demand, "target"), describe(story));
    }

    @Test
    void anAppealForTwoWithdrawalsIsAimedAtBothCountries() {
        Event appeal = FactFixtures.find(story, "Appeal", e -> e.label().contains("called for"));
        assertEquals(List.of("Ecuador", "Peru"), plainNames(appeal, "target").stream().sorted().toList(), describe(story));
    }

    @Test
    void aQuotedWordKeepsTheDemonymBeforeItAsTarget() {
        Event condemned = FactFixtures.find(story, "Disapproval", e -> e.label().contains("condemned"));
        assertEquals(List.of("Peru"), plainNames(condemned, "target"), describe(story));
    }

    @Test
    void bothSidesToHaltTheFightingAreTheSidesOfTheFighting() {
        Event appeal = FactFixtures.find(story, "Appeal", e -> e.label().contains("urged"));
        assertEquals(List.of("Ecuador", "Peru"), plainNames(appeal, "target").stream().sorted().toList(), describe(story));
    }

    @Test
    void aSummonsByAnotherCountryIsNotPlacedAtTheDateline() {
        Event summons = FactFixtures.find(story, "Disapproval", e -> e.label().contains("summoned"));
        assertEquals("Bogota", summons.place() == null ? null : FactFixtures.plain(summons.place().name()), describe(story));
    }

    @Test
    void aBareAnnouncementIsNoEvent() {
        assertEquals(List.of(), FactFixtures.events(story, "PublicStatement"), describe(story));
    }

    @Test
    void aStateOpeningItsBorderYields() {
        Event yield = FactFixtures.sole(story, "Yield", "opened");
        assertEquals(List.of("Bolivia"), plainNames(yield, "source"), describe(story));
    }
}
