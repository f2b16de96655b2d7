package org.newskg.extract.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
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
 * A Xinhua-style phone call story written for this test (Testwire 2003, Vietnam and Laos): a counterpart named
 * right after "counterpart" without a comma, the same unknown name written again in full, a pronoun continuing the
 * subject of the sentence before, a pledge in quotes, a meeting the visitor "is to travel to X for", and the
 * organization of "ASEAN foreign ministers meeting in Manila".
 */
class CounterpartCallTest {

    static Extraction hanoi;

    @BeforeAll
    static void extract() {
        hanoi = FactFixtures.extractOne(FactFixtures.OWN.resolve("testwire-2003-03-18-hanoi-vientiane-call.txt"));
    }

    @Test
    void theCounterpartNamedWithoutACommaTakesPartInTheCall() {
        Event call = sole(hanoi, "PhoneCall", "telephone conversation");
        assertEquals(List.of("Nguyen Dy Nien", "Somsavat Lengsavad"), plainNames(call));
        assertEquals("2003-03-18", date(call));
    }

    @Test
    void aPronounOpeningASentenceContinuesTheSubjectBefore() {
        Event thanks = sole(hanoi, "DiplomaticCooperation", "thanked");
        assertEquals(List.of("Somsavat Lengsavad"), plainNames(thanks, "source"), "'Somsavat Lengsavad briefed ... He thanked'");
        assertEquals(List.of("Vietnam"), plainNames(thanks, "target"));
    }

    @Test
    void aPledgeMadeInQuotesHappened() {
        Event pledge = sole(hanoi, "IntentToCooperate", "stand by");
        assertNull(pledge.status(), "'will stand by' is a pledge made now");
        assertEquals(List.of("Vietnam"), plainNames(pledge, "source"));
        assertEquals(List.of("Laos"), plainNames(pledge, "target"));
    }

    @Test
    void aMeetingTheVisitorTravelsToIsPlannedThere() {
        Event meeting = events(hanoi, "Meeting").stream().filter(e -> "planned".equals(e.status())).findFirst()
                .orElseThrow(() -> new AssertionError(describe(hanoi)));
        assertEquals("Bangkok", meeting.place().name());
        assertEquals("2003-04", date(meeting));
        // "a meeting of Mekong River Commission ministers": the body meets too
        assertEquals(List.of("Mekong River Commission", "Somsavat Lengsavad"), plainNames(meeting));
    }

    @Test
    void ministersOfAnOrganizationMeetForIt() {
        Event manila = events(hanoi, "Meeting").stream().filter(e -> e.place() != null
                && e.place().name().equals("Manila")).findFirst().orElseThrow(() -> new AssertionError(describe(hanoi)));
        assertEquals(List.of("Association of Southeast Asian Nations"), plainNames(manila));
    }
}
