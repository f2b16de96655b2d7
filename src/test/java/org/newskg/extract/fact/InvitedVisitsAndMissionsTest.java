package org.newskg.extract.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newskg.extract.fact.FactFixtures.date;
import static org.newskg.extract.fact.FactFixtures.describe;
import static org.newskg.extract.fact.FactFixtures.place;
import static org.newskg.extract.fact.FactFixtures.plainNames;
import static org.newskg.extract.fact.FactFixtures.sole;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newskg.extract.Event;
import org.newskg.extract.Extraction;
import org.newskg.extract.Participant;

/**
 * Visits one is invited to and places said around the clause, on a Reuters-style story written for this test (a
 * state visit to Ruritania, 1980, people invented): an invitation accepted is a planned visit by the one who accepts
 * it; a body that invites is the visit's target; a participle opening the sentence and an "in" phrase in the subject
 * place the act; a mission named by a nationality word belongs to that country; a reaction to "the visit" is aimed
 * at the visit made, not at one only planned since; a ceasefire "on" an island is not aimed at it, and "ethnic"
 * people of a nationality are not its state.
 */
class InvitedVisitsAndMissionsTest {

    static Extraction story;

    @BeforeAll
    static void extract() {
        story = FactFixtures.extractOne(FactFixtures.OWN.resolve("testwire-1980-04-02-strelsau-visits.txt"));
    }

    @Test
    void anAcceptedInvitationToVisitIsAPlannedVisitByTheOneWhoAccepts() {
        // "Rassendyll accepted an invitation to visit Borduria next year"
        Event visit = FactFixtures.find(story, "Visit", e -> e.first().sentence() == 2);
        assertEquals(List.of("Rudolf Rassendyll"), plainNames(visit, Participant.SOURCE), describe(story));
        assertEquals("Borduria", place(visit), describe(story));
        assertEquals("planned", visit.status(), describe(story));
        assertEquals("1981", date(visit), describe(story));
    }

    @Test
    void aBodyWhoseInvitationBringsTheVisitorIsTheVisitsTarget() {
        // "arrived in Strelsau ... at the invitation of the Central Committee of the Ruritanian Communist Party"
        Event visit = FactFixtures.find(story, "Visit", e -> e.first().sentence() == 0);
        assertEquals(List.of("Central Committee of the Ruritanian Communist Party"), plainNames(visit, Participant.TARGET),
                describe(story));
    }

    @Test
    void aParticipleOpeningTheSentencePlacesTheAct() {
        assertEquals("Zenda", place(sole(story, "Appeal", "urged")), "'Speaking in Zenda on Tuesday, Rassendyll urged'\n" + describe(story));
    }

    @Test
    void aPlaceInTheSubjectComesBeforeTheSceneOfTheSentenceBefore() {
        assertEquals("Lisbon", place(sole(story, "Rejection", "rejected")),
                "'In Zenda, Rassendyll accused ... The Foreign Ministry in Lisbon rejected the charge'\n" + describe(story));
    }

    @Test
    void aProtestAtAMissionNamedByANationalityIsAimedAtThatCountry() {
        // "marched to the Portuguese Embassy": read as one facility by the recognizer
        Event protest = FactFixtures.find(story, "Protest", e -> e.first().sentence() == 6);
        assertEquals(List.of("Portugal"), plainNames(protest, Participant.TARGET), describe(story));
    }

    @Test
    void aReactionToTheVisitIsAimedAtTheVisitMadeNotOneOnlyPlanned() {
        // "Portugal criticized the visit": Doe's, not the one Rassendyll accepted to make next year
        assertEquals(List.of("John Doe"), plainNames(sole(story, "Disapproval", "criticized"), Participant.TARGET), describe(story));
    }

    @Test
    void aCeasefireOnAnIslandIsNotAimedAtIt() {
        // "Spain and Portugal accepted a cease-fire on Cyprus on Tuesday": where the fighting stops
        Event truce = sole(story, "Yield", "cease-fire");
        assertEquals(List.of("Portugal", "Spain"), plainNames(truce), describe(story));
    }

    @Test
    void anEthnicGroupNamedByANationalityIsNotThatState() {
        // "several thousand ethnic Albanians marched": a people, not Albania
        Event protest = FactFixtures.find(story, "Protest", e -> e.first().sentence() == 9);
        assertEquals(List.of(), plainNames(protest), describe(story));
    }
}
