package org.newskg.extract.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.newskg.extract.fact.FactFixtures.date;
import static org.newskg.extract.fact.FactFixtures.describe;
import static org.newskg.extract.fact.FactFixtures.events;
import static org.newskg.extract.fact.FactFixtures.place;
import static org.newskg.extract.fact.FactFixtures.plainNames;
import static org.newskg.extract.fact.FactFixtures.with;

import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newskg.extract.Event;
import org.newskg.extract.Extraction;

/**
 * Sentence patterns of wire copy about calls, meetings and visits, on a Reuters-style story written for this test
 * (South-East Asia and Chile, 2004): gerund adjuncts, phrases set off between commas, a call split by its object,
 * "where" clauses, travel to meet, and a coordinated verb after a fronted clause.
 */
class WireCopyPatternsTest {

    static Extraction kualaLumpur;

    @BeforeAll
    static void extract() {
        kualaLumpur = FactFixtures.extractOne(FactFixtures.OWN.resolve("testwire-2004-07-21-ruiz-hamid.txt"));
    }

    private static Event find(String type, Predicate<Event> p) {
        return FactFixtures.find(kualaLumpur, type, p);
    }

    @Test
    void wrappedUpAMeetingWithHisCounterpartNamesBoth() {
        Event meeting = find("Meeting", with("Pablo Ruiz"));
        assertEquals(List.of("Pablo Ruiz", "Syed Hamid Albar"), plainNames(meeting), describe(kualaLumpur));
        assertEquals("2004-07-21", date(meeting));
        // "The two men met again over dinner": the same two, one meeting told twice
        assertEquals(1, events(kualaLumpur, "Meeting").stream().filter(with("Pablo Ruiz")).filter(with("Syed Hamid Albar")).count(),
                describe(kualaLumpur));
        // "The talks came a day after ...", in the past: these talks, not those Syed Hamid "would travel" to in October
        assertEquals(3, meeting.evidence().size(), "told in the lead, by 'The two men met' and by 'The talks came'");
    }

    @Test
    void aGerundAdjunctTakesItsClausesSubject() {
        // "..., hours after arriving in the Malaysian capital": Ruiz arrives
        Event visit = find("Visit", e -> e.label().contains("arriving"));
        assertEquals(List.of("Pablo Ruiz"), plainNames(visit), describe(kualaLumpur));
        assertEquals("Kuala Lumpur", place(visit));
        assertEquals("2004-07-21", date(visit));
    }

    @Test
    void aPhoneTalkSetOffBetweenCommasTakesTheSubjectBeforeIt() {
        // "Somchai Wongsa, during a phone talk with Syed Hamid, offered to host the next round of talks"
        Event call = find("PhoneCall", with("Somchai Wongsa"));
        assertEquals(List.of("Somchai Wongsa", "Syed Hamid Albar"), plainNames(call), describe(kualaLumpur));
        assertNull(call.status(), "the call happened; what is offered lies ahead");
        assertEquals("2004-07-21", date(call));
        Event offer = find("IntentToCooperate", with("Somchai Wongsa"));
        assertNull(offer.status(), "an offer is made now, whatever it promises");
    }

    @Test
    void aCallSplitByItsObjectIsOneCallOnItsDay() {
        // "Ruiz spoke with Indonesian Foreign Minister Dewi Santoso by telephone on Tuesday"
        Event call = find("PhoneCall", with("Dewi Santoso"));
        assertEquals(List.of("Dewi Santoso", "Pablo Ruiz"), plainNames(call));
        assertEquals("2004-07-20", date(call));
    }

    @Test
    void whereStandsForThePlaceBeforeIt() {
        // "Ruiz will fly to Jakarta on Friday, where he is to meet President Megawati Sukarnoputri"
        Event meeting = find("Meeting", with("Megawati Sukarnoputri"));
        assertEquals(List.of("Megawati Sukarnoputri", "Pablo Ruiz"), plainNames(meeting));
        assertEquals("Jakarta", place(meeting), describe(kualaLumpur));
        assertEquals("planned", meeting.status());
    }

    @Test
    void aCoordinatedVerbTakesTheSubjectOfItsOwnClauseNotOfAFrontedOne() {
        // "After Cambodian troops shelled the border town of Poipet on Monday, Thai Foreign Minister Surin Chaiyaporn
        // flew to Singapore and is to meet Singaporean Foreign Minister George Yeo on Thursday"
        Event meeting = find("Meeting", with("George Yeo"));
        assertEquals(List.of("George Yeo", "Surin Chaiyaporn"), plainNames(meeting), describe(kualaLumpur));
        assertEquals("planned", meeting.status());
        assertEquals("2004-07-22", date(meeting));
    }

    @Test
    void travellingToMeetSomeoneMeetsThemWhereTheTripGoes() {
        // "Syed Hamid said he would travel to Santiago in October to meet President Ricardo Lagos"
        Event meeting = find("Meeting", with("Ricardo Lagos"));
        assertEquals(List.of("Ricardo Lagos", "Syed Hamid Albar"), plainNames(meeting));
        assertEquals("Santiago", place(meeting));
        assertEquals("2004-10", date(meeting));
    }

    @Test
    void anActADayAfterIsTheDayBeforeTheClausesDay() {
        // "The talks came a day after Cambodia recalled its ambassador from Bangkok", datelined July 21
        Event recall = find("ReduceRelations", with("Cambodia"));
        assertEquals("2004-07-20", date(recall));
    }

    @Test
    void aParticiplesPhraseSetOffKeepsTheSubjectAndCapitalsJoinedByAndAreTargets() {
        // "Syed Hamid, speaking to reporters in Putrajaya, urged Manila and Hanoi to settle their dispute"
        Event appeal = find("Appeal", with("Syed Hamid Albar"));
        assertEquals(List.of("Hanoi", "Manila", "Syed Hamid Albar"), plainNames(appeal), describe(kualaLumpur));
        assertEquals(List.of("Hanoi", "Manila"), FactFixtures.plainNames(appeal, "target"));
    }

    @Test
    void aCountryBeforeATitleOwnsTheTitleItIsNotTheParticipant() {
        // "met U.S. Vice President Joe Biden", "to meet U.N. Secretary-General Ban Ki-moon", "held talks with EU
        // foreign policy chief Catherine Ashton": the person met, not the country or body of the title
        Extraction nairobi = FactFixtures.extractOne(FactFixtures.OWN.resolve("testwire-2010-08-27-odinga-washington.txt"));
        Event biden = FactFixtures.find(nairobi, "Meeting", with("Joe Biden"));
        assertEquals(List.of("Joe Biden", "Raila Odinga"), plainNames(biden), describe(nairobi));
        assertEquals("2010-08-27", date(biden));
        Event ban = FactFixtures.find(nairobi, "Meeting", with("Ban Ki-moon"));
        assertEquals(List.of("Ban Ki-moon", "Raila Odinga"), plainNames(ban), describe(nairobi));
        assertEquals("2010-08-28", date(ban));
        assertEquals("New York City", place(ban));
        Event ashton = FactFixtures.find(nairobi, "Meeting", with("Catherine Ashton"));
        assertEquals(List.of("Catherine Ashton", "Raila Odinga"), plainNames(ashton), describe(nairobi));
        assertEquals("2010-08-26", date(ashton));
    }

    @Test
    void negatedEventsAreNotToldAndSuspendedTalksReduceRelations() {
        Extraction lima = FactFixtures.extractOne(FactFixtures.OWN.resolve("testwire-2013-04-09-lima-talks-suspended.txt"));
        // "ordered Salas not to travel to La Paz", "did not meet Quispe", "no talks were held": none of these happened
        assertEquals(List.of(), events(lima, "Visit").stream().filter(with("Hugo Salas")).toList(), describe(lima));
        assertEquals(List.of(), events(lima, "Meeting").stream().filter(with("Mario Quispe")).toList(), describe(lima));
        assertEquals(List.of(), events(lima, "Meeting").stream().filter(e -> "2013-04-10".equals(date(e))).toList(), describe(lima));
        // "suspended border talks with Bolivia": CAMEO 164, halt negotiations, not a meeting
        Event halt = FactFixtures.find(lima, "ReduceRelations", with("Carmen Valdivia"));
        assertEquals("164", halt.cameo());
        assertEquals(List.of("Bolivia", "Carmen Valdivia"), plainNames(halt), describe(lima));
        // "not only expressed regret but also offered to visit Lima": not a negation
        assertEquals(List.of("Carmen Valdivia", "Evo Morales"), plainNames(FactFixtures.find(lima, "PhoneCall", with("Evo Morales"))));
    }
}
