package org.newskg.extract.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newskg.extract.fact.FactFixtures.sole;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newskg.extract.Event;
import org.newskg.extract.Extraction;
import org.newskg.extract.Participant;

/**
 * A capital acted on by words ("accused Moscow of", "criticised Washington for") stands for its government, as a
 * capital subject does, when the article names the country; a city attacked stays the city. A story written for this
 * test (Testwire 2016, Ankara).
 */
class CapitalObjectsTest {

    static Extraction ankara;

    @BeforeAll
    static void extract() {
        ankara = FactFixtures.extractOne(FactFixtures.OWN.resolve("testwire-2016-07-20-capital-objects.txt"));
    }

    private static List<String> targets(Event e) {
        return e.participants().stream().filter(p -> p.role().equals(Participant.TARGET)).map(p -> p.mention().name()).toList();
    }

    @Test
    void aCapitalAccusedOrCriticisedIsItsCountry() {
        assertEquals(List.of("Russia"), targets(sole(ankara, "Disapproval", "accused")));
        assertEquals(List.of("United States"), targets(sole(ankara, "Disapproval", "criticised")));
    }

    @Test
    void aCityAttackedStaysTheCity() {
        assertEquals(List.of("Aleppo"), targets(sole(ankara, "Fight", "bombed")));
    }
}
