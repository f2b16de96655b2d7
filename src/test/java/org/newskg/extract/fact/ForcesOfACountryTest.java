package org.newskg.extract.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newskg.extract.fact.FactFixtures.find;
import static org.newskg.extract.fact.FactFixtures.plainNames;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newskg.extract.Event;
import org.newskg.extract.Extraction;

/**
 * Unnamed armed actors: "a Russian patrol boat attacked" acts for the country its nationality word names;
 * "mercenaries attacked", with no nationality, has no actor rather than a wrong one. A story written for this test
 * (Testwire 2005).
 */
class ForcesOfACountryTest {

    static Extraction story;

    @BeforeAll
    static void extract() {
        story = FactFixtures.extractOne(FactFixtures.OWN.resolve("testwire-2005-03-01-boat-attacks-vessel.txt"));
    }

    @Test
    void aBoatActsForItsNationality() {
        Event attack = find(story, "Assault", e -> "2005-03-01".equals(FactFixtures.date(e)));
        assertEquals(List.of("Russia"), plainNames(attack, "source"));
    }

    @Test
    void mercenariesWithNoNationalityHaveNoActor() {
        Event attack = find(story, "Assault", e -> "2005-02-28".equals(FactFixtures.date(e)));
        assertEquals(List.of(), plainNames(attack));
    }
}
