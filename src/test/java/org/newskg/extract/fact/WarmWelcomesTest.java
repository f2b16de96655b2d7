package org.newskg.extract.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newskg.extract.fact.FactFixtures.describe;
import static org.newskg.extract.fact.FactFixtures.plainNames;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newskg.extract.Event;
import org.newskg.extract.Extraction;
import org.newskg.extract.Participant;

/**
 * Who receives a visitor at the airport is the visit's target, also when an adverb stands before the greeting ("was
 * warmly welcomed at the airport by Y") and when the relative clause the arrival is told in holds a hyphenated word
 * ("who arrived here on the first-ever visit by ..., was received at the airport by Y"). A story written for this test.
 */
class WarmWelcomesTest {

    static Extraction story;

    @BeforeAll
    static void extract() {
        story = FactFixtures.extractOne(FactFixtures.OWN.resolve("testwire-2015-05-05-zenda-welcomes.txt"));
    }

    @Test
    void aGreeterAfterAMannerAdverbIsTheVisitsTarget() {
        Event visit = FactFixtures.find(story, "Visit", e -> e.first().sentence() == 1);
        assertEquals(List.of("Rudolf Elphberg"), plainNames(visit, Participant.SOURCE), describe(story));
        assertEquals(List.of("Fritz Tarlenheim"), plainNames(visit, Participant.TARGET), describe(story));
    }

    @Test
    void aHyphenatedWordDoesNotCloseTheRelativeClauseOfTheArrival() {
        Event visit = FactFixtures.find(story, "Visit", e -> e.first().sentence() == 0);
        assertEquals(List.of("Anton Vlasic"), plainNames(visit, Participant.TARGET), describe(story));
    }
}
