package org.newskg.extract.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
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
 * What is planned and when things happened, on an AFP-style story written for this test (Almaty, 2004): "Talks
 * between X, secretary of ..., and Y ... are expected in Z next month", "X said A and B would meet again in Y", "a day
 * after the two leaders held a summit", "agreed a ceasefire", "is scheduled to visit the southern city of Y", and "The
 * two countries signed" after a meeting with a prime minister named without a country under the dateline.
 */
class WireCopyPlansTest {

    static Extraction almaty;

    @BeforeAll
    static void extract() {
        almaty = FactFixtures.extractOne(FactFixtures.OWN.resolve("testwire-2004-06-18-almaty-plans.txt"));
    }

    private static Event find(String type, Predicate<Event> p) {
        return FactFixtures.find(almaty, type, p);
    }

    @Test
    void talksBetweenTwoPartiesWithAnAppositionAreExpectedWhereTheirVerbSays() {
        // "Talks between Bolat Nurgaliyev, secretary of the Kazakh border commission, and Kyrgyz Deputy Foreign Minister
        // Talaibek Kydyrov on the water treaty are expected in Bishkek next month."
        Event talks = find("Meeting", with("Bolat Nurgaliyev"));
        assertEquals(List.of("Bolat Nurgaliyev", "Talaibek Kydyrov"), plainNames(talks),
                "the apposition says who the first party is; the second comes after its closing comma: " + describe(almaty));
        assertEquals("planned", talks.status(), "'are expected': " + describe(almaty));
        assertEquals("Bishkek", place(talks), "said after the verb, not the dateline's city: " + describe(almaty));
        assertEquals("2004-07", date(talks));
    }

    @Test
    void aMeetingSaidToComeInAReportedClauseIsPlanned() {
        // "Kazakh Foreign Minister Kassymzhomart Tokayev said Nazarbayev and Akayev would meet again in the Kyrgyz city
        // of Osh in September."
        Event osh = find("Meeting", e -> "Osh".equals(place(e)));
        assertEquals(List.of("Askar Akayev", "Nursultan Nazarbayev"), plainNames(osh), describe(almaty));
        assertEquals("planned", osh.status(), "'said ... would meet': the future of the past: " + describe(almaty));
        assertEquals("2004-09", date(osh));
    }

    @Test
    void aSummitHeldADayAfterIsDatedTheDayBefore() {
        // "... on Friday signed a border accord, a day after the two leaders held a summit in the Kazakh city."
        List<Event> summits = events(almaty, "Summit");
        assertEquals(1, summits.size(), describe(almaty));
        assertEquals("2004-06-17", date(summits.get(0)), "'held a summit' after 'a day after': " + describe(almaty));
        Event accord = find("Agreement", e -> e.label().contains("accord"));
        assertEquals("2004-06-18", date(accord), describe(almaty));
    }

    @Test
    void aCeasefireAgreedIsAYieldNotAnIntent() {
        // "Uzbekistan and Tajikistan agreed a ceasefire on their disputed border on Thursday, officials said."
        Event ceasefire = find("Yield", with("Uzbekistan"));
        assertEquals("087", ceasefire.cameo());
        assertEquals(List.of("Tajikistan", "Uzbekistan"), plainNames(ceasefire), describe(almaty));
        assertEquals("2004-06-17", date(ceasefire));
        assertTrue(events(almaty, "IntentToCooperate").stream().noneMatch(with("Uzbekistan")),
                "no intent besides the ceasefire: " + describe(almaty));
    }

    @Test
    void aVisitToTheCityOfAPlaceIsThere() {
        // "Akayev is scheduled to visit the southern city of Shymkent on Saturday before flying home."
        Event shymkent = find("Visit", e -> "planned".equals(e.status()));
        assertEquals("Shymkent", place(shymkent), "the city visited, not the dateline's: " + describe(almaty));
        assertEquals("2004-06-19", date(shymkent));
    }

    @Test
    void theTwoCountriesAreTheCountriesOfThePairTheHostsOfficeIncluded() {
        // "... was received by Prime Minister Daniyal Akhmetov. The two countries signed a treaty on water sharing in the
        // Kyrgyz capital Bishkek in 1998."
        Event treaty = find("Agreement", e -> "1998".equals(date(e)));
        assertEquals(List.of("Kazakhstan", "Kyrgyzstan"), plainNames(treaty),
                "Akayev's country and the dateline's for the prime minister named without one: " + describe(almaty));
    }
}
