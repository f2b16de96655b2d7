package org.newskg.extract.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newskg.extract.fact.FactFixtures.date;
import static org.newskg.extract.fact.FactFixtures.describe;
import static org.newskg.extract.fact.FactFixtures.events;
import static org.newskg.extract.fact.FactFixtures.plainNames;
import static org.newskg.extract.fact.FactFixtures.with;

import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newskg.extract.Event;
import org.newskg.extract.Extraction;

/**
 * Who talks at a gathering, on an AFP-style story written for this test (Paris and Cannes, 2007): "held talks with
 * visiting X", a call told by a phrase opening the sentence, "talked over the phone with", a summit told three
 * times ("the Africa-France summit", "the two-day summit", "on the sidelines of the summit") and talks "hosted by A
 * and B".
 */
class WireCopyGatheringsTest {

    static Extraction paris;

    @BeforeAll
    static void extract() {
        paris = FactFixtures.extractOne(FactFixtures.OWN.resolve("testwire-2007-03-14-chirac-toure-paris.txt"));
    }

    private static Event find(String type, Predicate<Event> p) {
        return FactFixtures.find(paris, type, p);
    }

    @Test
    void theVisitorAfterVisitingIsTheOneTalkedWithAndNoVisitOfItsOwn() {
        // "Chirac held talks with visiting Malian President Amadou Toumani Toure at the Elysee palace here Wednesday"
        Event talks = find("Meeting", with("Jacques Chirac"));
        assertEquals(List.of("Amadou Toumani Toure", "Jacques Chirac"), plainNames(talks), describe(paris));
        assertTrue(events(paris, "Visit").stream().noneMatch(e -> e.label().equals("visiting")),
                "'visiting' before a name says who is meant: " + describe(paris));
    }

    @Test
    void aCallToldByAPhraseOpeningTheSentenceIsTheSubjectsCall() {
        // "During a phone talk with U.S. Secretary of State Condoleezza Rice on Tuesday, French Foreign Minister
        // Philippe Douste-Blazy said ..."
        Event call = find("PhoneCall", with("Condoleezza Rice"));
        assertEquals(List.of("Condoleezza Rice", "Philippe Douste-Blazy"), plainNames(call),
                "the person after the title with its own 'of', not the country before it: " + describe(paris));
        assertEquals("2007-03-13", date(call));
    }

    @Test
    void talkingOverThePhoneIsACall() {
        // "Chirac also talked over the phone with Italian Prime Minister Romano Prodi."
        Event call = find("PhoneCall", with("Romano Prodi"));
        assertEquals(List.of("Jacques Chirac", "Romano Prodi"), plainNames(call), describe(paris));
    }

    @Test
    void theSummitToldThreeTimesIsOneAndThoseMeetingOnItsSidelinesAttendIt() {
        // "gathered on Monday for the twenty-fourth Africa-France summit. Opening the two-day summit, Chirac urged ...
        // Wade and Kufuor met on the sidelines of the summit in the resort on Tuesday."
        List<Event> summits = events(paris, "Summit");
        assertEquals(1, summits.size(), "'the two-day summit' describes the summit named before: " + describe(paris));
        assertTrue(plainNames(summits.get(0)).containsAll(List.of("Abdoulaye Wade", "John Kufuor")), describe(paris));
    }

    @Test
    void talksHostedByTwoHaveBothHostsAndAreTheTalksOfThoseWhoMet() {
        // "Wade and Kufuor met ... The talks of the two presidents, hosted by Moroccan King Mohammed VI and Tunisian
        // President Zine El Abidine Ben Ali, lasted two hours."
        Event talks = find("Meeting", with("Abdoulaye Wade"));
        assertEquals(List.of("Mohammed VI", "Zine El Abidine Ben Ali"), plainNames(talks, "host"), describe(paris));
        assertTrue(plainNames(talks).contains("John Kufuor"), describe(paris));
        assertEquals(1, events(paris, "Meeting").stream().filter(with("Abdoulaye Wade")).count(),
                "one meeting told twice: " + describe(paris));
    }

    @Test
    void theTwoPresidentsAfterHostedTalksAreTheGuestsNotTheHosts() {
        // "... hosted by Moroccan King Mohammed VI and Tunisian President Zine El Abidine Ben Ali, lasted two hours.
        // The two presidents agreed to reopen their border crossings."
        Event agreed = find("IntentToCooperate", e -> e.label().contains("agreed"));
        assertEquals(List.of("Abdoulaye Wade", "John Kufuor"), plainNames(agreed),
                "the two who talked, not the last two presidents named: " + describe(paris));
    }
}
