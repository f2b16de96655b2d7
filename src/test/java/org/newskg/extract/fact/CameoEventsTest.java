package org.newskg.extract.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newskg.extract.fact.FactFixtures.date;
import static org.newskg.extract.fact.FactFixtures.describe;
import static org.newskg.extract.fact.FactFixtures.events;
import static org.newskg.extract.fact.FactFixtures.plainNames;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newskg.extract.Event;
import org.newskg.extract.Extraction;

/**
 * Events of the CAMEO root categories beyond consultations (sanctions, expulsions, condemnations, appeals, threats,
 * force posture, protests, aid, yielding), with their codes and their source and target actors, on two wire stories
 * written for these tests (Reuters 1999, AP 2017).
 */
class CameoEventsTest {

    static Extraction brussels;
    static Extraction seoul;

    @BeforeAll
    static void extractAll() {
        brussels = FactFixtures.extractOne(FactFixtures.OWN.resolve("testwire-1999-04-14-balkans-sanctions.txt"));
        seoul = FactFixtures.extractOne(FactFixtures.OWN.resolve("testwire-2017-09-04-peninsula-tensions.txt"));
    }

    private static Event only(Extraction x, String type) {
        List<Event> found = events(x, type);
        assertEquals(1, found.size(), type + " in\n" + describe(x));
        return found.get(0);
    }

    private static void actors(Event e, String source, String target) {
        assertEquals(source == null ? List.of() : List.of(source), plainNames(e, "source"), e.toString());
        assertEquals(target == null ? List.of() : List.of(target), plainNames(e, "target"), e.toString());
    }

    @Test
    void sanctionsOnACountryAreImposedBySourceOnTarget() {
        Event sanctions = only(brussels, "Sanction");
        assertEquals("163", sanctions.cameo());
        actors(sanctions, "European Union", "Serbia");
        assertEquals("1999-04-13", date(sanctions));
    }

    @Test
    void expellingAnotherCountrysDiplomatsTargetsThatCountry() {
        Event expelled = only(brussels, "Expulsion");
        assertEquals("166", expelled.cameo());
        actors(expelled, "Germany", "Serbia");
    }

    @Test
    void condemnAndUrgeShareTheirSubjectAndKeepTheirOwnObjects() {
        Event urged = only(brussels, "Appeal");
        actors(urged, "Igor Ivanov", "United Nations");
        assertEquals("020", urged.cameo());
        Event nato = events(brussels, "Disapproval").stream().filter(e -> e.cameo().equals("111")).findFirst()
                .orElseThrow(() -> new AssertionError(describe(brussels)));
        actors(nato, "Igor Ivanov", "NATO");
        assertEquals("Moscow", nato.place().name());
        assertEquals("1999-04-12", date(nato));
    }

    @Test
    void accusingIsCodedApartFromCondemning() {
        Event accused = events(brussels, "Disapproval").stream().filter(e -> e.cameo().equals("112")).findFirst()
                .orElseThrow(() -> new AssertionError(describe(brussels)));
        actors(accused, "Albania", "Serbia");
    }

    @Test
    void troopsNamedByTheirDemonymsActForTheirCountries() {
        Event clash = only(brussels, "Fight");
        assertEquals("190", clash.cameo());
        assertEquals(List.of("Albania", "Serbia"), plainNames(clash), "'Serbian and Albanian troops clashed'");
    }

    @Test
    void aidPromisedToACountryIsPlannedAndARejectionAndAReleaseHappened() {
        Event aid = only(brussels, "Aid");
        assertEquals("073", aid.cameo());
        actors(aid, "Japan", "North Macedonia");
        assertEquals("planned", aid.status());
        Event rejected = only(brussels, "Rejection");
        assertNull(rejected.status(), "'rejected the plan': the noun 'plan' does not make it planned");
        Event released = only(brussels, "Yield");
        assertEquals("084", released.cameo());
        // "released three American soldiers": soldiers stand for their country's government (data/roles/coref.tsv), as
        // CAMEO codes a release of a state's troops as aimed at that state
        actors(released, "Serbia", "United States");
        assertEquals("1999-04-11", date(released));
    }

    @Test
    void aMilitaryExerciseIsForcePosture() {
        Event drill = only(seoul, "ForcePosture");
        assertEquals("150", drill.cameo());
        actors(drill, "South Korea", null);
        assertEquals("2017-09-04", date(drill));
    }

    @Test
    void aCapitalCriticizedStandsForItsGovernmentAndTheThreatIsTheSameSpeakers() {
        Event criticized = only(seoul, "Disapproval");
        actors(criticized, "Shinzo Abe", "Pyongyang");
        assertEquals("Tokyo", criticized.place().name());
        assertEquals("130", only(seoul, "Threat").cameo());
        assertEquals(List.of("Shinzo Abe"), plainNames(only(seoul, "Threat"), "source"));
    }

    @Test
    void aProtestAgainstACountryTargetsIt() {
        Event protest = only(seoul, "Protest");
        assertEquals("141", protest.cameo());
        assertEquals(List.of("United States"), plainNames(protest, "target"));
        assertEquals("Seoul", protest.place().name());
    }

    @Test
    void sanctionsOnAnotherCountrysCompaniesTargetThatCountry() {
        Event sanctions = only(seoul, "Sanction");
        actors(sanctions, "Australia", "People's Republic of China");
    }

    @Test
    void praiseAndExpulsionInOneSentenceAreTwoEvents() {
        assertEquals(List.of("Mexico"), plainNames(only(seoul, "Expulsion"), "source"));
        Event praised = only(seoul, "DiplomaticCooperation");
        assertEquals("051", praised.cameo());
        assertEquals(List.of("Peru"), plainNames(praised, "source"));
        assertTrue(seoul.events().stream().allMatch(e -> !e.evidence().isEmpty()));
    }
}
