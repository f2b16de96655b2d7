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
 * Force told the way wire copy tells a war's spread, on a story written for this test (Nairobi, 1998): a capital
 * that "launched air strikes" acts for its country as a capital that speaks does; "pressed a ground offensive" and
 * "pushed deeper into" a country are fighting; "suspended arms exports to" a country is a sanction.
 */
class CapitalForceAndOffensivesTest {

    static Extraction story;

    @BeforeAll
    static void extract() {
        story = FactFixtures.extractOne(FactFixtures.OWN.resolve("testwire-1998-03-03-capital-air-strikes.txt"));
    }

    @Test
    void aCapitalLaunchingAirStrikesIsItsCountrysAttack() {
        Event strikes = FactFixtures.find(story, "Fight", e -> e.label().contains("air strikes"));
        assertEquals(List.of("Eritrea"), plainNames(strikes, "source"), describe(story));
        assertEquals("1998-03-03", FactFixtures.date(strikes));
    }

    @Test
    void anOffensivePressedIsFighting() {
        Event offensive = FactFixtures.find(story, "Fight", e -> e.label().contains("pressed"));
        assertEquals(List.of("Ethiopia"), plainNames(offensive, "source"), describe(story));
        assertEquals("1998-03-02", FactFixtures.date(offensive));
    }

    @Test
    void forcesPushingDeeperIntoACountryFightIt() {
        Event push = FactFixtures.find(story, "Fight", e -> e.label().contains("pushed deeper"));
        assertEquals(List.of("Ethiopia"), plainNames(push, "source"), describe(story));
        assertEquals(List.of("Eritrea"), plainNames(push, "target"));
    }

    @Test
    void armsExportsSuspendedAreASanction() {
        Event halt = FactFixtures.find(story, "Sanction", e -> e.label().contains("suspended"));
        assertEquals(List.of("Sweden"), plainNames(halt, "source"), describe(story));
        assertEquals(List.of("Eritrea"), plainNames(halt, "target"));
    }
}
