package org.newskg.extract.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newskg.extract.fact.FactFixtures.date;
import static org.newskg.extract.fact.FactFixtures.describe;
import static org.newskg.extract.fact.FactFixtures.events;
import static org.newskg.extract.fact.FactFixtures.plainNames;
import static org.newskg.extract.fact.FactFixtures.sole;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newskg.extract.Event;
import org.newskg.extract.Extraction;

/**
 * Reactions and phrasings without the usual trigger word, on a wire story written for this test (Testwire 2001,
 * Andean countries, Norway): a judgment ("called the move 'unacceptable'") aimed at the actor of the act it names,
 * "it" standing for a country, force announced under a reporting verb (a threat) or in an "if" clause (no event),
 * one call with each of two people, "was due to fly to", the agent of "the tests conducted by", a year inside a name,
 * the subject of a verb after ", but".
 */
class ReactionEventsTest {

    static Extraction andes;

    @BeforeAll
    static void extract() {
        andes = FactFixtures.extractOne(FactFixtures.OWN.resolve("testwire-2001-05-22-andes-reactions.txt"));
    }

    @Test
    void aJudgmentDisapprovesOfTheActorOfTheActItNames() {
        Event judged = sole(andes, "Disapproval", "unacceptable");
        assertEquals("111", judged.cameo());
        assertEquals(List.of("Chile"), plainNames(judged, "source"), "Chile's Foreign Ministry acts for Chile");
        assertEquals(List.of("Bolivia"), plainNames(judged, "target"), "'the move' is Bolivia's expulsion");
        assertEquals("2001-05-22", date(judged));
    }

    @Test
    void itStandsForTheCountryThatSpeaks() {
        Event opposed = sole(andes, "Disapproval", "opposes");
        assertEquals(List.of("Argentina"), plainNames(opposed, "source"));
        assertEquals(List.of("Bolivia"), plainNames(opposed, "target"), "'the expulsion' told before");
        assertEquals("2001-05-22", date(opposed), "'said it opposes': said that day");
    }

    @Test
    void forceAnnouncedUnderAReportingVerbIsAThreatAndAConditionIsNoEvent() {
        Event threat = sole(andes, "Threat", "attack");
        assertEquals("130", threat.cameo());
        assertEquals(List.of("Peru"), plainNames(threat, "source"));
        assertEquals(List.of("Ecuador"), plainNames(threat, "target"));
        assertTrue(events(andes, "Assault").isEmpty(), "'if it were attacked' tells no attack:\n" + describe(andes));
    }

    @Test
    void twoForceActsToldInTwoSentencesStayTwoAndBombingAroundAPlaceIsThere() {
        Event bombing = sole(andes, "Fight", "bombed");
        assertEquals("195", bombing.cameo());
        assertEquals("Quito", bombing.place().name());
        assertEquals(List.of("Peru"), plainNames(bombing, "source"));
        assertEquals(1, sole(andes, "Fight", "clashed").evidence().size(), "the clash is not the bombing");
    }

    @Test
    void oneCallerSpeakingWithTwoPeopleMadeTwoCalls() {
        List<Event> calls = events(andes, "PhoneCall");
        assertEquals(2, calls.size(), describe(andes));
        assertEquals(List.of("Jan Petersen", "Soledad Alvear"), plainNames(calls.get(0)));
        assertEquals(List.of("Jan Petersen", "Javier Murillo"), plainNames(calls.get(1)));
        assertTrue(calls.stream().allMatch(c -> c.evidence().size() == 1), "'rejected calls to apologise' tells no call");
    }

    @Test
    void aSubjectBeforeARelativeClauseIsDueToFly() {
        Event trip = sole(andes, "Visit", "fly to");
        assertEquals("planned", trip.status());
        assertEquals(List.of("Jan Petersen"), plainNames(trip, "source"));
        assertEquals("Santiago", trip.place().name());
        assertEquals("2001-05-24", date(trip));
    }

    @Test
    void theAgentsOfTestsConductedByThemTakePart() {
        Event tests = sole(andes, "ForcePosture", "missile test");
        assertEquals(List.of("Ecuador", "Peru"), plainNames(tests));
        assertEquals("2001-04", date(tests));
    }

    @Test
    void aSecondVerbAfterCommaAndButTakesTheClausesSubject() {
        Event rejected = sole(andes, "Rejection", "rejected");
        assertEquals(List.of("Hugo Banzer"), plainNames(rejected, "source"),
                "'Banzer has spoken ... about the case, but has rejected calls': the clause's subject");
    }

    @Test
    void aYearInsideANameIsNoDate() {
        Event appeal = sole(andes, "Appeal", "called for");
        assertEquals("2001-05-22", date(appeal), "'the 1998 Accord' names an accord, it does not date the appeal");
    }
}
