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
 * A visitor greeted or welcomed in a sentence of its own is received: a meeting of the host and the guest, active
 * ("Y greeted him at the palace") or passive ("X was welcomed by Y at a ceremony"); greeted in the sentence of the
 * arrival, the greeter is the visit's target and no meeting of its own; an accord welcomed stays an endorsement. A
 * story written for this test. Its last sentence: a military rank before the second of two coordinated names ("A and
 * Peruvian General B held talks") qualifies that name as a title would, so that A is a party too.
 */
class GreetingsTest {

    static Extraction story;

    @BeforeAll
    static void extract() {
        story = FactFixtures.extractOne(FactFixtures.OWN.resolve("testwire-2016-06-14-lima-greetings.txt"));
    }

    @Test
    void aGreetingToldOnItsOwnIsAMeetingOfHostAndGuest() {
        Event meeting = FactFixtures.find(story, "Meeting", e -> e.first().sentence() == 1);
        assertEquals(List.of("Anton Vlasic", "Michael Sapt"), plainNames(meeting), describe(story));
        assertEquals("2016-06-14", FactFixtures.date(meeting), describe(story));
    }

    @Test
    void aPassiveWelcomeIsAMeetingToo() {
        Event meeting = FactFixtures.find(story, "Meeting", e -> e.first().sentence() == 2);
        assertEquals(List.of("Fritz Tarlenheim", "Rudolf Elphberg"), plainNames(meeting), describe(story));
    }

    @Test
    void aGreetingInTheArrivalsSentenceGivesTheVisitItsTargetAndNoMeeting() {
        Event visit = FactFixtures.find(story, "Visit", e -> e.first().sentence() == 3);
        assertEquals(List.of("Josef Detchard"), plainNames(visit, Participant.TARGET), describe(story));
        assertTrue(story.events().stream().noneMatch(e -> e.type().equals("Meeting") && e.first().sentence() == 3), describe(story));
    }

    @Test
    void anAccordWelcomedIsEndorsedNotMet() {
        assertTrue(story.events().stream().anyMatch(e -> "051".equals(e.cameo()) && e.first().sentence() == 4), describe(story));
        assertTrue(story.events().stream().noneMatch(e -> e.type().equals("Meeting") && e.first().sentence() == 4), describe(story));
    }

    @Test
    void aRankBeforeTheSecondOfTwoSubjectsKeepsTheFirst() {
        Event talks = FactFixtures.find(story, "Meeting", e -> e.first().sentence() == 5);
        assertEquals(List.of("Luis Ortega", "Pedro Vargas"), plainNames(talks, Participant.SOURCE), describe(story));
    }
}
