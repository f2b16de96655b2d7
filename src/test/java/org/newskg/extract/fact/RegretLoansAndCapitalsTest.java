package org.newskg.extract.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newskg.extract.fact.FactFixtures.date;
import static org.newskg.extract.fact.FactFixtures.describe;
import static org.newskg.extract.fact.FactFixtures.events;
import static org.newskg.extract.fact.FactFixtures.place;
import static org.newskg.extract.fact.FactFixtures.plainNames;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newskg.extract.Event;
import org.newskg.extract.Extraction;
import org.newskg.extract.Participant;

/**
 * Acts and circumstances missed on the sixteenth development set (issue 12), on two stories written for this test:
 * regret expressed to someone (an apology), loans a minister says his country would extend (an intent), a protest
 * staged by an unnamed crowd, a joint statement adopted (an agreement), soldiers wounded by unnamed gunmen (an
 * assault), sanctions threatened (the threat alone), deals a speaker urges not to make (no agreement), attacks a
 * visit goes ahead "despite" (happened, and no part of the visit); and an AP
 * dateline whose country part is an initialism ("TASHKENT, U.S.S.R. (AP) —"), a trip "from X for Y" placed where it
 * goes, the capital of a state that no longer exists ("the Soviet capital"), relations normalized.
 */
class RegretLoansAndCapitalsTest {

    static Extraction loans;
    static Extraction capitals;

    @BeforeAll
    static void extract() {
        loans = FactFixtures.extractOne(FactFixtures.OWN.resolve("testwire-1984-09-07-regret-and-loans.txt"));
        capitals = FactFixtures.extractOne(FactFixtures.OWN.resolve("testwire-1966-01-12-tashkent-capitals.txt"));
    }

    @Test
    void regretExpressedToSomeoneIsAnApologyToThem() {
        Event regret = FactFixtures.sole(loans, "DiplomaticCooperation", "regret");
        assertEquals("055", regret.cameo(), describe(loans));
        assertEquals(List.of("Chun Doo-hwan"), plainNames(regret, Participant.TARGET), describe(loans));
    }

    @Test
    void loansACountryWouldExtendAreAnIntentMadeThatDay() {
        Event intent = FactFixtures.find(loans, "IntentToCooperate", e -> e.label().contains("extend"));
        assertEquals(List.of("South Korea"), plainNames(intent, Participant.TARGET), describe(loans));
        assertEquals("1984-09-07", date(intent));
        assertTrue(intent.status() == null || !intent.status().equals("planned"), intent.status());
    }

    @Test
    void aProtestStagedByAnUnnamedCrowdIsStillAProtest() {
        Event protest = FactFixtures.sole(loans, "Protest", "staged");
        assertEquals("Seoul", place(protest), describe(loans));
        assertEquals("1984-09-05", date(protest));
    }

    @Test
    void aJointStatementAdoptedIsAnAgreementOfBoth() {
        Event adopted = FactFixtures.sole(loans, "Agreement", "adopted");
        assertEquals(List.of("Japan", "South Korea"), plainNames(adopted), describe(loans));
        assertEquals("1984-09-07", date(adopted));
    }

    @Test
    void dealsUrgedNotToBeMadeJoinNoAgreement() {
        // "urged Seoul not to make any deals with Tokyo": not the statement adopted, nor placed in Pyongyang
        assertTrue(events(loans, "Agreement").stream().noneMatch(e -> "Pyongyang".equals(place(e))), describe(loans));
    }

    @Test
    void soldiersWoundedByUnnamedGunmenWereAssaultedWhereTheyWere() {
        Event wounded = FactFixtures.sole(loans, "Assault", "wounded");
        assertEquals(List.of("South Korea"), plainNames(wounded, Participant.TARGET), describe(loans));
        assertEquals("Munsan", place(wounded));
        assertEquals("1984-09-04", date(wounded));
    }

    @Test
    void sanctionsThreatenedAreTheThreatAlone() {
        assertEquals(List.of(), events(loans, "Sanction"), describe(loans));
        Event threat = FactFixtures.sole(loans, "Threat", "threatened");
        assertEquals(List.of("Japan"), plainNames(threat, Participant.TARGET), describe(loans));
    }

    @Test
    void attacksAVisitGoesAheadDespiteHappenedAndTakeNoPartInIt() {
        // "will visit Seoul next week despite attacks by North Korea on the border"
        Event attacks = FactFixtures.find(loans, "Assault", e -> e.label().contains("attacks"));
        assertTrue(attacks.status() == null || !attacks.status().equals("planned"), describe(loans));
        Event visit = FactFixtures.find(loans, "Visit", e -> plainNames(e).contains("Yasuhiro Nakasone"));
        assertEquals("planned", visit.status());
        assertTrue(!plainNames(visit).contains("North Korea"), describe(loans));
    }

    @Test
    void hereUnderADatelineWithAnInitialismAndAnAgencyIsTheDatelineCity() {
        Event met = FactFixtures.find(capitals, "Meeting", e -> e.label().contains("met") && plainNames(e).contains("Swaran Singh")
                && plainNames(e).contains("Zulfikar Ali Bhutto"));
        assertEquals("Tashkent", place(met), describe(capitals));
        assertEquals("1966-01-12", date(met));
    }

    @Test
    void aTripFromOneCityForAnotherIsPlacedWhereItGoes() {
        Event trip = FactFixtures.sole(capitals, "Visit", "leave");
        assertEquals("Kabul", place(trip), describe(capitals));
        assertEquals("planned", trip.status());
    }

    @Test
    void theCapitalOfAStateThatNoLongerExistsIsItsCity() {
        Event signed = FactFixtures.find(capitals, "Agreement", e -> true);
        assertEquals("Moscow", place(signed), describe(capitals));
        Event met = FactFixtures.find(capitals, "Meeting", e -> plainNames(e).contains("Charles de Gaulle"));
        assertEquals("Paris", place(met), describe(capitals));
    }

    @Test
    void relationsNormalizedAreDiplomaticCooperationOfBoth() {
        Event normalized = FactFixtures.sole(capitals, "DiplomaticCooperation", "normalized");
        assertEquals(List.of("Japan", "South Korea"), plainNames(normalized), describe(capitals));
        assertEquals("1965", date(normalized));
        assertNull(place(normalized));
    }
}
