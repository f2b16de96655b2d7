package org.newskg.extract.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newskg.extract.fact.FactFixtures.names;
import static org.newskg.extract.fact.FactFixtures.sole;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newskg.extract.Event;
import org.newskg.extract.Extraction;
import org.newskg.extract.Participant;

/**
 * Read from a story written for this test: "suspended aid to Y and recalled its ambassador" recalls the envoy from Y;
 * "agreed on Tuesday to hold talks" plans the talks (a day between the verb and its infinitive hides no plan);
 * "accused X of siding with Y" is aimed at X alone; "the Turkish embassy in Almaty protested" is Turkey's protest,
 * not the city's.
 */
class RecallsMissionsAndAgreedPlansTest {

    static Extraction story;

    @BeforeAll
    static void extract() {
        story = FactFixtures.extractOne(FactFixtures.OWN.resolve("testwire-2010-03-03-recalls-and-missions.txt"));
    }

    @Test
    void aRecallCoordinatedAfterACutIsAimedAtTheSameCountry() {
        Event recall = sole(story, "ReduceRelations", "recalled");
        assertEquals(List.of("Peru"), names(recall, Participant.TARGET), FactFixtures.describe(story));
    }

    @Test
    void talksAgreedOnADayToBeHeldArePlanned() {
        assertEquals("planned", sole(story, "Meeting", "talks").status(), FactFixtures.describe(story));
        org.junit.jupiter.api.Assertions.assertNotEquals("planned", sole(story, "IntentToCooperate", "agreed").status());
    }

    @Test
    void whatTheAccusedIsSaidToHaveDoneNamesNoTarget() {
        Event accused = sole(story, "Disapproval", "accused");
        assertEquals(List.of("United States"), names(accused, Participant.TARGET), FactFixtures.describe(story));
    }

    @Test
    void anEmbassyInACityActsForItsOwnState() {
        Event protest = sole(story, "Protest", "protested");
        assertEquals(List.of("Turkey"), names(protest, Participant.SOURCE), FactFixtures.describe(story));
    }
}
