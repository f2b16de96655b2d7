package org.newskg.extract.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newskg.extract.fact.FactFixtures.date;
import static org.newskg.extract.fact.FactFixtures.describe;
import static org.newskg.extract.fact.FactFixtures.plainNames;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newskg.extract.Event;
import org.newskg.extract.Extraction;
import org.newskg.extract.Participant;

/**
 * A mediation mission of several presidents told as wire copy does: four visitors arriving together, a rejection
 * dated "last week" in a sentence that also names the day of the election rejected, and unnamed security forces
 * seizing a building. A story written for this test.
 */
class MediationMissionTest {

    static Extraction story;

    @BeforeAll
    static void extract() {
        story = FactFixtures.extractOne(FactFixtures.OWN.resolve("testwire-2016-12-13-banjul-mediation.txt"));
    }

    @Test
    void everyoneArrivingTogetherMakesTheVisit() {
        Event visit = FactFixtures.find(story, "Visit", e -> e.label().contains("arrived"));
        assertEquals(List.of("Ellen Johnson Sirleaf", "Ernest Bai Koroma", "John Mahama", "Muhammadu Buhari"),
                plainNames(visit, Participant.SOURCE), describe(story));
    }

    @Test
    void theDayOfTheElectionRejectedIsNotTheDayOfTheRejection() {
        Event rejection = FactFixtures.find(story, "Rejection", e -> e.label().contains("rejected"));
        assertEquals("2016-W49", date(rejection), describe(story));
    }

    @Test
    void aNameSetOffAfterItsTitleInACoordinatedClauseSpeaks() {
        // "..., and the commission's chairman, Doe, said he feared": the second clause has its own speaker
        assertEquals(List.of("he feared for his safety"), FactFixtures.texts(story, "Alieu Momar Njai"), describe(story));
    }

    @Test
    void aRegionsPeopleWordInTheHeadlineIsANationalityNotAWork() {
        List<org.newskg.kb.EntityType> types = story.entities().stream().filter(m -> m.text().equals("West African"))
                .map(m -> m.type()).distinct().toList();
        assertEquals(List.of(org.newskg.kb.EntityType.NATIONALITY), types, describe(story));
    }

    @Test
    void unnamedSecurityForcesSeizingABuildingIsStillCoercion() {
        Event seizure = FactFixtures.find(story, "Coercion", e -> e.label().contains("seized"));
        assertTrue(seizure.participants().isEmpty(), describe(story));
        assertEquals("Banjul", FactFixtures.place(seizure), describe(story));
        assertEquals("2016-12-13", date(seizure), describe(story));
    }
}
