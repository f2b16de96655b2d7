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
 * Participants read past the words between a verb and what it governs, on a story written for this test (Testwire
 * 2016, Ankara): "demanded on Thursday that Washington extradite" (a capital asked to act is its country, as when no
 * time stands between); "blames on the U.S.-based cleric X" (X, not the country a hyphened adjective names);
 * "agreed ..., after more than five hours of talks" (the clause's subject held the talks, beside their host); "Bonn
 * and Moscow signed" (Bonn, a hand-curated city of data/kb/entities.tsv, is a side as Moscow is).
 */
class ClauseTargetsTest {

    static Extraction story;

    @BeforeAll
    static void extract() {
        story = FactFixtures.extractOne(FactFixtures.OWN.resolve("testwire-2016-07-21-demands-and-talks.txt"));
    }

    private static List<String> named(Event e, String role) {
        return e.participants().stream().filter(p -> role == null || p.role().equals(role)).map(p -> p.mention().name())
                .sorted().toList();
    }

    @Test
    void aCapitalAskedToActAfterATimeIsItsCountry() {
        assertEquals(List.of("United States"), named(sole(story, "Demand", "demanded"), Participant.TARGET));
    }

    @Test
    void aCountryGluedToAnAdjectiveIsNotTheOneBlamed() {
        assertEquals(List.of("John Doe"), named(sole(story, "Disapproval", "blames"), Participant.TARGET));
    }

    @Test
    void hoursOfTalksWereHeldByTheClauseSubject() {
        assertEquals(List.of("Paul Moe", "Peter Poe", "Richard Roe"), named(sole(story, "Meeting", "talks"), null));
    }

    @Test
    void aCapitalWithoutItsCountryNamedSignsAsACity() {
        assertEquals(List.of("Bonn", "Moscow"), named(sole(story, "Agreement", "treaty"), null));
    }
}
