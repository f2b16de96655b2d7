package org.newskg.extract.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newskg.extract.fact.FactFixtures.events;
import static org.newskg.extract.fact.FactFixtures.find;
import static org.newskg.extract.fact.FactFixtures.names;
import static org.newskg.extract.fact.FactFixtures.place;
import static org.newskg.extract.fact.FactFixtures.sole;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newskg.extract.Event;
import org.newskg.extract.Extraction;
import org.newskg.extract.Participant;

/**
 * The tellings around a summit day, from stories written for this test: "in this Red Sea resort" is the dateline's
 * city; "agreed to a ceasefire on Tuesday at a summit" leaves the summit happened; a time inside a quotation does not
 * date the meeting told after it; someone who was not among those who met ("X, who met A and B separately on
 * Monday") tells another meeting; "Doe said the two men had spoken" with only Doe and Roe named counts the speaker.
 */
class SummitDayTellingsTest {

    static Extraction resort;
    static Extraction separately;
    static Extraction speaker;

    @BeforeAll
    static void extract() {
        resort = FactFixtures.extractOne(FactFixtures.OWN.resolve("testwire-2018-03-13-resort-summit.txt"));
        separately = FactFixtures.extractOne(FactFixtures.OWN.resolve("testwire-2010-03-03-separate-meetings.txt"));
        speaker = FactFixtures.extractOne(FactFixtures.OWN.resolve("testwire-2010-03-03-speaker-of-two.txt"));
    }

    @Test
    void thisResortIsTheDatelineCity() {
        assertEquals("Sharm El-Sheikh", place(sole(resort, "Summit", "summit")));
    }

    @Test
    void whatTheVerbAgreedToIsNotTheSummit() {
        Event summit = sole(resort, "Summit", "summit");
        assertNotEquals("planned", summit.status());
        assertEquals("2018-03-13", summit.date().value());
    }

    @Test
    void aQuotedMonthDoesNotDateTheMeetingAfterTheQuote() {
        for (Event e : events(resort, "Meeting")) {
            assertTrue(e.date() == null || !e.date().value().startsWith("2018-04"), "a meeting dated by the quote: " + e);
        }
    }

    @Test
    void anotherWhoMetThemSeparatelyHadAnotherMeeting() {
        Event envoys = find(separately, "Meeting", e -> e.participants().stream()
                .anyMatch(p -> p.role().equals(Participant.SOURCE)));
        assertEquals(List.of("Richard Poe"), FactFixtures.names(envoys, Participant.SOURCE));
        Event privately = find(separately, "Meeting", e -> e.first().sentence() == 1);
        assertEquals(List.of("Jane Roe", "John Doe"), names(privately));
    }

    @Test
    void theSpeakerIsOneOfTheTwoWhenOnlyTwoAreNamed() {
        assertEquals(List.of("Jane Roe", "John Doe"), names(sole(speaker, "PhoneCall", "telephone")));
    }
}
