package org.newskg.extract.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newskg.extract.fact.FactFixtures.date;
import static org.newskg.extract.fact.FactFixtures.describe;
import static org.newskg.extract.fact.FactFixtures.plainNames;
import static org.newskg.extract.fact.FactFixtures.with;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newskg.extract.Event;
import org.newskg.extract.Extraction;

/**
 * A signing told with its two leaders joined by "and", the second named after his country's possessive ("A and
 * Ruritania's B signed"); a second signing whose verb and noun ("also signed a memorandum") follow a sentence naming
 * another day; a meeting told as "a week after" the story's visit. A story written for this test.
 */
class OwnedNamesAndBorrowedDatesTest {

    static Extraction story;

    @BeforeAll
    static void extract() {
        story = FactFixtures.extractOne(FactFixtures.OWN.resolve("testwire-2007-09-20-brasilia-energy-deals.txt"));
    }

    @Test
    void aNameAfterItsCountrysPossessiveIsStillTheSecondSubject() {
        Event signing = FactFixtures.find(story, "Agreement", e -> e.label().contains("agreements"));
        assertEquals(List.of("Hugo Chavez", "Luiz Inacio Lula da Silva"), plainNames(signing), describe(story));
    }

    @Test
    void theNounOfASignedMemorandumIsTheSigningNotAnActOfTheDayBefore() {
        List<Event> memoranda = FactFixtures.events(story, "Agreement").stream().filter(with("Petrobras")
                .or(e -> e.label().contains("memorandum"))).toList();
        assertEquals(1, memoranda.size(), describe(story));
        assertEquals(List.of("PDVSA", "Petrobras"), plainNames(memoranda.get(0)), describe(story));
        assertEquals("2007-09-20", date(memoranda.get(0)), describe(story));
    }

    @Test
    void aMeetingAWeekBeforeTheStorysVisitIsDatedSevenDaysEarlier() {
        Event meeting = FactFixtures.find(story, "Meeting", with("Nestor Kirchner"));
        assertEquals("2007-09-13", date(meeting), describe(story));
    }
}
