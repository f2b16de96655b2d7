package org.newskg.extract.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newskg.extract.fact.FactFixtures.describe;
import static org.newskg.extract.fact.FactFixtures.plainNames;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newskg.extract.Event;
import org.newskg.extract.Extraction;
import org.newskg.extract.Participant;

/**
 * "A and opposition leader B met": lower-case words before the second name's title stay in the coordination; an
 * attack by unnamed gangs on "a village near X" happened in X; a day told after "for saying" dates the saying, not
 * the criticism, nor does one inside "agreed that ... should"; a protest outside "the Japanese Embassy" (one name)
 * targets Japan; "threatened to cut aid to Kenya" is aimed at Kenya. A story written for this test.
 */
class BrokeredTalksAndStruckPlacesTest {

    static Extraction story;

    @BeforeAll
    static void extract() {
        story = FactFixtures.extractOne(FactFixtures.OWN.resolve("testwire-2008-01-24-brokered-talks.txt"));
    }

    @Test
    void aTitleWithACommonNounBeforeTheSecondNameKeepsBothLeaders() {
        Event meeting = FactFixtures.find(story, "Meeting", e -> true);
        List<String> names = plainNames(meeting);
        assertTrue(names.containsAll(List.of("Rudolf Elphberg", "Antoinette Mauban")), describe(story));
    }

    @Test
    void anAttackOnSomethingNearATownHappenedInTheTown() {
        List<Event> attacks = FactFixtures.events(story, "Assault");
        assertEquals(List.of("Tarlenheim", "Zenda"),
                attacks.stream().map(FactFixtures::place).sorted().toList(), describe(story));
    }

    @Test
    void aDayAfterForSayingDatesTheSayingNotTheCriticism() {
        Event criticism = FactFixtures.find(story, "Disapproval", e -> e.label().contains("criticis"));
        assertEquals("2008-01-24", FactFixtures.date(criticism), describe(story));
    }

    @Test
    void aDayInsideAThatClauseWithAModalDatesTheClause() {
        Event agreed = FactFixtures.find(story, "IntentToCooperate", e -> e.label().contains("agreed"));
        assertEquals("2008-01-24", FactFixtures.date(agreed), describe(story));
    }

    @Test
    void aProtestOutsideAnEmbassyNamedWithItsDemonymTargetsTheState() {
        Event protest = FactFixtures.find(story, "Protest", e -> true);
        assertEquals(List.of("Japan"), plainNames(protest, Participant.TARGET), describe(story));
    }

    @Test
    void aThreatToCutAidToACountryIsAimedAtIt() {
        Event threat = FactFixtures.find(story, "Threat", e -> true);
        assertEquals(List.of("Kenya"), plainNames(threat, Participant.TARGET), describe(story));
    }
}
