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
 * References a wire story makes to people, bodies and events named before, on a Kyodo-style story written for this
 * test (Japanese and Indonesian ministers in Jakarta, 2011): "the visiting minister", "the talks he held ... with X",
 * a call "with A and with B", a capital speaking for its government, "the council" after the Security Council.
 */
class WireCopyReferencesTest {

    static Extraction jakarta;

    @BeforeAll
    static void extract() {
        jakarta = FactFixtures.extractOne(FactFixtures.OWN.resolve("testwire-2011-09-14-natalegawa-gemba.txt"));
    }

    private static Event find(String type, Predicate<Event> p) {
        return FactFixtures.find(jakarta, type, p);
    }

    @Test
    void theVisitingMinisterIsTheMinisterFromAnotherCountryThanTheDatelines() {
        // "JAKARTA ... Natalegawa held talks in Jakarta ... with Japanese Foreign Minister Koichiro Gemba. The visiting
        // minister thanked Indonesia for its help"
        Event thanks = find("DiplomaticCooperation", e -> e.label().contains("thanked"));
        assertEquals(List.of("Koichiro Gemba"), plainNames(thanks, "source"), describe(jakarta));
        assertEquals(List.of("Indonesia"), plainNames(thanks, "target"));
        assertTrue(events(jakarta, "Visit").stream().noneMatch(e -> e.label().equals("visiting")),
                "'the visiting minister' tells no visit of its own: " + describe(jakarta));
    }

    @Test
    void aTitleBeforeAStyleIsTheOfficeHeld() {
        // "Saudi Foreign Minister Prince Saud al-Faisal called Natalegawa"
        assertTrue(jakarta.roles().stream().anyMatch(r -> r.title().equals("Foreign Minister") && r.of() != null
                && r.of().name().equals("Saudi Arabia") && r.person().text().contains("Saud")), jakarta.roles().toString());
    }

    @Test
    void theTalksSomeoneHeldWithSomeoneElseAreAnotherMeetingWithThoseTwo() {
        // "Natalegawa told Gemba about the talks he held in the Bali resort of Ubud on Monday with Australian
        // Foreign Minister Kevin Rudd."
        Event talks = find("Meeting", with("Kevin Rudd"));
        assertEquals(List.of("Kevin Rudd", "Marty Natalegawa"), plainNames(talks).stream().sorted().toList(), describe(jakarta));
        assertEquals("Ubud", place(talks), "the resort of the island, not the island");
        assertEquals("2011-09-12", date(talks));
    }

    @Test
    void aCallWithAAndWithBIsTwoCalls() {
        // "Najib Razak spoke by telephone on Tuesday with Natalegawa and with Thai Prime Minister Yingluck Shinawatra"
        List<Event> calls = events(jakarta, "PhoneCall");
        assertEquals(2, calls.size(), describe(jakarta));
        assertTrue(calls.stream().anyMatch(with("Yingluck Shinawatra")), describe(jakarta));
    }

    @Test
    void aCapitalSubjectOfAnAppealSpeaksForItsGovernment() {
        // "a Malaysian spokesman said Kuala Lumpur had urged both sides to settle the dispute"
        Event appeal = find("Appeal", e -> e.label().contains("urged") && "2011-09-13".equals(date(e)));
        assertEquals(List.of("Kuala Lumpur"), plainNames(appeal, "source"),
                "the city: the article names Malaysia only by 'Malaysian' " + describe(jakarta));
        // "Japan is Indonesia's largest aid donor. A Japanese official said Tokyo had urged Indonesia to reopen the port."
        Event urged = find("Appeal", with("Japan"));
        assertEquals(List.of("Japan"), plainNames(urged, "source"), "the country the article names: " + describe(jakarta));
        assertEquals(List.of("Indonesia"), plainNames(urged, "target"));
    }

    @Test
    void theCouncilIsTheCouncilNamedBefore() {
        // "The Security Council met in New York on Monday ... Indonesia urged the council to send observers. The council
        // is to meet again next week."
        Event appeal = find("Appeal", e -> plainNames(e, "source").equals(List.of("Indonesia")));
        assertEquals(List.of("United Nations Security Council"), plainNames(appeal, "target"), describe(jakarta));
        Event next = find("Meeting", e -> "planned".equals(e.status()) && with("United Nations Security Council").test(e));
        assertEquals("2011-W38", date(next), describe(jakarta));
    }

    @Test
    void aLongRelativeClauseStandsBetweenTheSubjectAndItsVerb() {
        // "Philippine Foreign Minister Albert del Rosario, who met U.N. Secretary-General Ban Ki-moon at U.N.
        // headquarters in New York on Monday, urged the council to act quickly."
        Event appeal = find("Appeal", e -> e.label().contains("urged") && with("United Nations Security Council").test(e)
                && !plainNames(e, "source").contains("Indonesia"));
        assertEquals(List.of("Albert del Rosario"), plainNames(appeal, "source"), describe(jakarta));
    }

    @Test
    void aPlaceThatNoTokenFollowsEndsNoReading() {
        // a story of bench/generate-corpus.sh (seed 42, article 12) on which reading "the X resort of Y" threw: a place
        // name with no token after it in its sentence
        Extraction x = FactFixtures.extractOne(FactFixtures.OWN.resolve("synthetic-2012-04-07-zvolenska-mihychuk.txt"));
        assertTrue(events(x, "Meeting").stream().anyMatch(e -> "Púchov".equals(place(e)) || "Mercier".equals(place(e))),
                describe(x));
    }
}
