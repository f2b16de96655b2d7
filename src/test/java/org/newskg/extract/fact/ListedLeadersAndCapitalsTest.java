package org.newskg.extract.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newskg.extract.fact.FactFixtures.plainNames;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newskg.extract.Event;
import org.newskg.extract.Extraction;
import org.newskg.extract.Participant;

/**
 * Participants listed in wire style: "President Doe of Ruritania, Prime Minister Roe of Borduria and President Poe of
 * Kravonia met" (each person acts, not the last country), "urged both leaders" after such a three-party meeting (the
 * two others than the speaker), "Prime Minister Doe and the leaders of Ruritania and Borduria agreed" (the named one
 * too), "Zenda and Strelsau signed" (capitals for their governments). A story written for this test (Testwire 1985).
 */
class ListedLeadersAndCapitalsTest {

    static Extraction x;

    @BeforeAll
    static void extract() {
        x = FactFixtures.extractOne(FactFixtures.OWN.resolve("testwire-1985-05-06-three-party-talks.txt"));
    }

    @Test
    void eachTitledPersonOfACountryInTheListMeets() {
        Event met = FactFixtures.find(x, "Meeting", e -> e.first().sentence() == 0);
        assertEquals(List.of("Ferdinand Marcos", "Mahathir Mohamad", "Suharto"), plainNames(met), FactFixtures.describe(x));
    }

    @Test
    void bothLeadersAreTheTwoOthersOfTheThreeWhoMet() {
        Event urged = FactFixtures.sole(x, "Appeal", "urged");
        assertEquals(List.of("Ferdinand Marcos"), plainNames(urged, Participant.SOURCE));
        assertEquals(List.of("Mahathir Mohamad", "Suharto"), plainNames(urged, Participant.TARGET));
    }

    @Test
    void aNamedLeaderBeforeTheLeadersOfCountriesTakesPartToo() {
        Event agreed = FactFixtures.sole(x, "IntentToCooperate", "agreed");
        assertEquals(List.of("Brunei", "Lee Kuan Yew", "Thailand"), plainNames(agreed));
    }

    @Test
    void coordinatedCapitalsSignForTheirGovernments() {
        Event signed = FactFixtures.find(x, "Agreement", e -> e.first().sentence() == 3);
        assertEquals(List.of("Moscow", "Paris"), plainNames(signed));
    }
}
