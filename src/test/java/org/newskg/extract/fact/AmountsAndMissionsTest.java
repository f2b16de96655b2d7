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

/**
 * Participants in shapes of wire copy, on a story written for this test (people invented): an approximate amount
 * before the talks ("held more than three hours of talks with"), nationals rallying at their own country's embassy
 * abroad, a march past a country's embassy named by its short name ("the U.S. Embassy"), and a title the lexicon lacked
 * before the second of two subjects ("EU foreign policy chief X flew into Lima ... and held talks").
 */
class AmountsAndMissionsTest {

    static Extraction story;

    @BeforeAll
    static void extract() {
        story = FactFixtures.extractOne(FactFixtures.OWN.resolve("testwire-1990-03-06-amounts-and-missions.txt"));
    }

    @Test
    void anApproximateAmountOfTalksKeepsTheSubject() {
        // "Peruvian Foreign Minister Carlos Mendoza held more than three hours of talks with Chilean Foreign Minister
        // Pablo Herrera"
        Event talks = FactFixtures.find(story, "Meeting", e -> e.evidence().get(0).sentence() == 0);
        assertEquals(List.of("Carlos Mendoza", "Pablo Herrera"), plainNames(talks).stream().sorted().toList(), describe(story));
    }

    @Test
    void nationalsRallyingAtTheirOwnEmbassyProtestAgainstTheirState() {
        // "Several hundred Chileans rallied outside the Chilean embassy in Lima"
        Event rally = FactFixtures.find(story, "Protest", e -> e.evidence().get(0).sentence() == 1);
        assertEquals(List.of("Chile"), plainNames(rally, "target"), describe(story));
        assertTrue(plainNames(rally, "source").isEmpty(), describe(story));
    }

    @Test
    void aMarchPastACountrysEmbassyIsAimedAtThatCountry() {
        // "Thousands of Peruvians marched past the shuttered U.S. Embassy on Wednesday."
        Event march = FactFixtures.find(story, "Protest", e -> e.evidence().get(0).sentence() == 3);
        assertEquals(List.of("United States"), plainNames(march), describe(story));
        assertEquals(List.of("United States"), plainNames(march, "target"), describe(story));
    }

    @Test
    void bothTitledSubjectsFlyInAndHoldTheTalks() {
        // "NATO Secretary General Hans Morel and EU foreign policy chief Pierre Dubois flew into Lima on Tuesday and held
        // talks with President Alberto Ruiz."
        Event talks = FactFixtures.find(story, "Meeting", e -> e.evidence().get(0).sentence() == 2);
        assertEquals(List.of("Alberto Ruiz", "Hans Morel", "Pierre Dubois"), plainNames(talks).stream().sorted().toList(), describe(story));
        Event trip = FactFixtures.find(story, "Visit", e -> e.label().contains("flew"));
        assertEquals(List.of("Hans Morel", "Pierre Dubois"), plainNames(trip).stream().sorted().toList(), describe(story));
    }
}
