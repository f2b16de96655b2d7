package org.newskg.extract.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
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
 * Who acts on whom in wire copy, on a Reuters-style story written for this test (a state visit to Vilnius, 2003):
 * protests against a visit or outside an embassy, "they" in a when-clause, the accused of a participle after an
 * expulsion, the owner of what is offered, a summit referred back to, an amount before "talks", a fronted day of a
 * planned signing, force used on a town of a named country.
 */
class WireCopyActorsTest {

    static Extraction vilnius;

    @BeforeAll
    static void extract() {
        vilnius = FactFixtures.extractOne(FactFixtures.OWN.resolve("testwire-2003-10-14-kwasniewski-vilnius.txt"));
    }

    private static Event find(String type, Predicate<Event> p) {
        return FactFixtures.find(vilnius, type, p);
    }

    @Test
    void aProtestAgainstTheVisitIsAimedAtTheVisitorAndOneOutsideAnEmbassyAtItsCountry() {
        // "About 300 members of the opposition Liberal Union protested outside the parliament against the visit"
        Event protest = find("Protest", e -> e.label().contains("protested"));
        assertEquals(List.of("Aleksander Kwasniewski"), plainNames(protest, "target"), describe(vilnius));
        // "In Moscow, about 200 people rallied outside the Lithuanian embassy"
        Event rally = find("Protest", e -> e.label().contains("rallied"));
        assertEquals(List.of("Lithuania"), plainNames(rally, "target"), describe(vilnius));
    }

    @Test
    void theyInAWhenClauseIsThePairJustNamedWhereTheyMet() {
        // "Kwasniewski and Paksas last met in the Polish city of Krakow in May, when they signed an accord"
        Event accord = find("Agreement", e -> "2003-05".equals(date(e)));
        assertEquals(List.of("Aleksander Kwasniewski", "Rolandas Paksas"), plainNames(accord), describe(vilnius));
        assertEquals("Kraków", place(accord));
    }

    @Test
    void theAccusedOfAParticipleAfterAnExpulsionAreItsObjectAndTheExpellerAccuses() {
        // "Lithuania on Monday expelled two Russian trade officials accused of spying"
        Event accusation = find("Disapproval", with("Lithuania"));
        assertEquals(List.of("Lithuania"), plainNames(accusation, "source"), describe(vilnius));
        assertEquals(List.of("Russia"), plainNames(accusation, "target"));
        Event expulsion = find("Expulsion", with("Lithuania"));
        assertEquals(List.of("Russia"), plainNames(expulsion, "target"), "a noun between the demonym and 'officials'");
    }

    @Test
    void theOwnerOfWhatIsOfferedGivesItTheOwnerOfWhatIsSupportedReceives() {
        // "Latvian Foreign Minister Sandra Kalniete offered Latvia's full backing to Lithuania"
        Event offer = find("IntentToCooperate", with("Sandra Kalniete"));
        assertEquals(List.of("Latvia", "Sandra Kalniete"), plainNames(offer, "source"), describe(vilnius));
        assertEquals(List.of("Lithuania"), plainNames(offer, "target"));
        assertTrue(events(vilnius, "DiplomaticCooperation").isEmpty(), "the backing offered is no act of its own");
        // "Kwasniewski told reporters that Poland will support Lithuania's bid": a promise, Lithuania receives it
        Event support = find("IntentToCooperate", with("Poland"));
        assertEquals(List.of("Lithuania"), plainNames(support, "target"), describe(vilnius));
    }

    @Test
    void theSummitReferredBackIsTheSummitOpenedWithWhoToldIt() {
        // "... leaders on Monday opened a two-day summit hosted by the Nordic Council. Estonian Prime Minister Juhan
        // Parts told the summit ... Paksas met Swedish Prime Minister Goran Persson on the sidelines of the summit and
        // agreed to hold regular consultations."
        List<Event> summits = events(vilnius, "Summit");
        assertEquals(1, summits.size(), describe(vilnius));
        Event summit = summits.get(0);
        assertTrue(plainNames(summit).containsAll(List.of("Juhan Parts", "Nordic Council", "Rolandas Paksas")),
                plainNames(summit).toString());
        assertNotEquals("planned", summit.status(), "what was agreed on its sidelines lies ahead, not the summit");
        assertEquals("Tallinn", place(summit), "', where' over a hyphenated 'two-day'");
    }

    @Test
    void talksAfterAnAmountTakeTheLightVerbsSubject() {
        // "Paksas welcomed the visiting president at the presidential palace, and the two leaders then held three
        // hours of talks on energy and security."
        Event talks = find("Meeting", e -> e.label().contains("talks") && "2003-10-14".equals(date(e)));
        assertEquals(List.of("Aleksander Kwasniewski", "Rolandas Paksas"), plainNames(talks), describe(vilnius));
    }

    @Test
    void aFrontedDayOfAnInfinitiveAfterBeIsAhead() {
        // "On Wednesday the two presidents are to sign a declaration", in a story of Tuesday, October 14
        Event signing = find("Agreement", e -> "planned".equals(e.status()));
        assertEquals("2003-10-15", date(signing), describe(vilnius));
    }

    @Test
    void forceUsedOnATownOfANamedCountryTargetsThatCountryThere() {
        // "In Georgia, officials said Russian artillery shelled the Georgian town of Gori on Sunday."
        Event shelling = find("Fight", with("Russia"));
        assertEquals(List.of("Russia"), plainNames(shelling, "source"), describe(vilnius));
        assertEquals(List.of("Georgia"), plainNames(shelling, "target"));
        assertEquals("Gori", place(shelling));
    }
}
