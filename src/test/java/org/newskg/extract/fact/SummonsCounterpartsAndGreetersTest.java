package org.newskg.extract.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newskg.extract.fact.FactFixtures.date;
import static org.newskg.extract.fact.FactFixtures.describe;
import static org.newskg.extract.fact.FactFixtures.place;
import static org.newskg.extract.fact.FactFixtures.plainNames;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newskg.extract.Event;
import org.newskg.extract.Extraction;
import org.newskg.extract.Participant;

/**
 * Summonses whose sides the envoy's noun phrase tells (a passive "X's ambassador was summoned to the foreign ministry",
 * "called in X's ambassador", "summoned the X envoy to protest ... on Monday"), co-travellers listed after "with his X
 * and Y counterparts," and greeters told after "at the invitation of". Two stories written for this test (Dakar 2005,
 * Hanoi 2023; the people are invented).
 */
class SummonsCounterpartsAndGreetersTest {

    static Extraction dakar;
    static Extraction hanoi;

    @BeforeAll
    static void extract() {
        dakar = FactFixtures.extractOne(FactFixtures.OWN.resolve("testwire-2005-08-10-dakar-nouakchott-summons.txt"));
        hanoi = FactFixtures.extractOne(FactFixtures.OWN.resolve("testwire-2023-11-14-hanoi-visit-invitation.txt"));
    }

    @Test
    void aPassiveSummonsIsTheDatelineCountrysActOnTheEnvoysCountry() {
        Event summons = FactFixtures.find(dakar, "Disapproval", FactFixtures.with("Senegal"));
        assertEquals(List.of("Senegal"), plainNames(summons, Participant.SOURCE), describe(dakar));
        assertEquals(List.of("Mauritania"), plainNames(summons, Participant.TARGET), describe(dakar));
        assertEquals("2005-08-08", date(summons), describe(dakar));
        assertEquals("Dakar", place(summons), describe(dakar));
    }

    @Test
    void anAmbassadorCalledInIsSummonedWhereTheSentenceSays() {
        Event summons = FactFixtures.find(dakar, "Disapproval", e -> e.label().contains("called in"));
        assertEquals(List.of("Mali"), plainNames(summons, Participant.SOURCE), describe(dakar));
        assertTrue(plainNames(summons, Participant.TARGET).contains("Sidi Ould Baba"), describe(dakar));
        assertEquals("2005-08-09", date(summons), describe(dakar));
        assertEquals("Bamako", place(summons), describe(dakar));
    }

    @Test
    void anEnvoySummonedToHearAProtestIsSummonedOnTheDayTold() {
        Event summons = FactFixtures.find(dakar, "Disapproval", FactFixtures.with("Ebrima Ceesay"));
        assertTrue(plainNames(summons, Participant.TARGET).contains("Mauritania"), describe(dakar));
        assertEquals("2005-08-08", date(summons), describe(dakar));
    }

    @Test
    void counterpartsListedAfterTheirCountriesTravelTogether() {
        Event visit = FactFixtures.find(dakar, "Visit", e -> e.label().contains("left for"));
        assertEquals(List.of("Abdoulaye Diouf", "Ebrima Ceesay", "Moussa Keita"), plainNames(visit, Participant.SOURCE),
                describe(dakar));
    }

    @Test
    void theGreeterAfterTheInvitationHostsTheVisitToo() {
        Event visit = FactFixtures.find(hanoi, "Visit", e -> e.label().contains("arrived"));
        assertEquals(List.of("Le Thi Hoa", "Tran Van Minh"), plainNames(visit, Participant.TARGET), describe(hanoi));
        assertEquals(List.of("Somsak Vongsay"), plainNames(visit, Participant.SOURCE), describe(hanoi));
    }
}
