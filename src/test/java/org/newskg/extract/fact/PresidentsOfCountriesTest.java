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
 * "The presidents of X and Y flew in": when the article names the holders of that office for those countries (here
 * a sentence later, by their titles), they are the participants, not the countries; when it names nobody holding it
 * ("the foreign ministers of X and Y met"), the countries stay. A story written for this test (Testwire 2005).
 */
class PresidentsOfCountriesTest {

    static Extraction story;

    @BeforeAll
    static void extract() {
        story = FactFixtures.extractOne(FactFixtures.OWN.resolve("testwire-2005-03-02-presidents-of-two-countries.txt"));
    }

    @Test
    void thePresidentsNamedLaterAreTheVisitors() {
        Event visit = find(story, "Visit", e -> e.label().contains("flew"));
        assertEquals(List.of("Lansana Conte", "Maaouiya Ould Taya"), plainNames(visit, "source"));
    }

    @Test
    void ministersNobodyNamesLeaveTheirCountries() {
        Event meeting = find(story, "Meeting", e -> e.label().contains("met"));
        assertEquals(List.of("Mali", "Senegal"), plainNames(meeting));
    }
}
