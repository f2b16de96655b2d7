package org.newskg.extract.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newskg.extract.fact.FactFixtures.describe;
import static org.newskg.extract.fact.FactFixtures.place;
import static org.newskg.extract.fact.FactFixtures.plainNames;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newskg.extract.Event;
import org.newskg.extract.Extraction;

/**
 * Force across a border and what a crowd and a warning are aimed at, on a story written for this test (Tripoli,
 * 1986): a nationality before "army units" or "army artillery", "pushed across the border into" and "crossed into"
 * as incursions, "warned that Libya would retaliate if the United States attacked it" said by Libya's own leader,
 * and "rallied ... to demand that" by a crowd abroad.
 */
class BorderIncursionsTest {

    static Extraction story;

    @BeforeAll
    static void extract() {
        story = FactFixtures.extractOne(FactFixtures.OWN.resolve("testwire-1986-01-09-border-warnings.txt"));
    }

    @Test
    void armyUnitsPushingAcrossTheBorderAreTheirCountrysIncursion() {
        Event push = FactFixtures.find(story, "Fight", e -> e.label().contains("pushed"));
        assertEquals(List.of("Chad"), plainNames(push, "source"), describe(story));
        assertEquals(List.of("Libya"), plainNames(push, "target"));
        assertEquals("Libya", place(push));
    }

    @Test
    void aForcesWordBetweenTheNationalityAndTheForcesStillNamesTheirCountry() {
        Event shelling = FactFixtures.find(story, "Fight", e -> e.label().contains("shelled"));
        assertEquals(List.of("Sudan"), plainNames(shelling, "source"), describe(story));
    }

    @Test
    void soldiersCrossingIntoACountryAreAnIncursion() {
        Event crossing = FactFixtures.find(story, "Fight", e -> e.label().contains("crossed"));
        assertEquals(List.of("Egypt"), plainNames(crossing, "source"), describe(story));
        assertEquals(List.of("Sudan"), plainNames(crossing, "target"));
    }

    @Test
    void aWarningThatOnesOwnCountryWouldRetaliateIsAimedAtTheOneThatWouldAttack() {
        Event threat = FactFixtures.find(story, "Threat", e -> e.label().contains("warned"));
        assertEquals(List.of("Muammar Gaddafi"), plainNames(threat, "source"), describe(story));
        assertEquals(List.of("United States"), plainNames(threat, "target"));
    }

    @Test
    void aCrowdAbroadRallyingToDemandIsOneProtestOfNoState() {
        Event rally = FactFixtures.find(story, "Protest", e -> e.label().contains("rallied"));
        assertEquals(List.of(), plainNames(rally, "source"), describe(story));
        assertEquals(List.of("Muammar Gaddafi"), plainNames(rally, "target"));
        assertEquals(List.of(), FactFixtures.events(story, "Demand"), describe(story));
    }

    @Test
    void whomACrowdDemandsToGoIsTheProtestsTargetHoweverTheInfinitiveIsTagged() {
        // "In Tunis, several hundred Chadians rallied on Friday to demand that Gaddafi leave power."
        Event rally = FactFixtures.find(story, "Protest", e -> e.label().contains("rallied") && e.first().sentence() == 4);
        assertEquals(List.of(), plainNames(rally, "source"), describe(story));
        assertEquals(List.of("Muammar Gaddafi"), plainNames(rally, "target"));
    }
}
