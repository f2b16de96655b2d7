package org.newskg.extract.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newskg.extract.fact.FactFixtures.date;
import static org.newskg.extract.fact.FactFixtures.describe;
import static org.newskg.extract.fact.FactFixtures.events;
import static org.newskg.extract.fact.FactFixtures.place;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newskg.extract.Event;
import org.newskg.extract.Extraction;

/**
 * Plans told without a day of their own after a sentence naming a day ahead ("X has accepted an invitation to visit
 * Y", "X is expected to speak with Y by telephone in the coming days"), and a rejection told by another verb in a later
 * sentence ("X rejected a proposal. ... X dismissed the accusation"), on a UPI-style story written for this test
 * (Washington, 1987).
 */
class OpenPlansAndSecondRejectionsTest {

    static Extraction washington;

    @BeforeAll
    static void extract() {
        washington = FactFixtures.extractOne(FactFixtures.OWN.resolve("testwire-1987-10-06-washington-plans.txt"));
    }

    private static Event labelled(String type, String word) {
        return events(washington, type).stream().filter(e -> e.label().contains(word)
                || washington.text().sentences().get(e.first().sentence()).text().contains(word)).findFirst()
                .orElseThrow(() -> new AssertionError(type + " '" + word + "': " + describe(washington)));
    }

    @Test
    void anAcceptedInvitationIsAnOpenPlanNotDatedByTheSentenceBefore() {
        // "Japanese Foreign Minister Tadashi Kuranari will fly to Ottawa on Wednesday. Kuranari has accepted an
        // invitation to visit Moscow, Japanese officials said."
        Event moscow = events(washington, "Visit").stream().filter(e -> "Moscow".equals(place(e))).findFirst()
                .orElseThrow(() -> new AssertionError(describe(washington)));
        assertEquals("planned", moscow.status(), describe(washington));
        assertNull(moscow.date(), "Wednesday is the Ottawa trip's day: " + describe(washington));
        Event ottawa = events(washington, "Visit").stream().filter(e -> "Ottawa".equals(place(e))).findFirst().orElseThrow();
        assertEquals("1987-10-07", date(ottawa));
    }

    @Test
    void aCallExpectedInTheComingDaysTakesNoDayFromTheSentenceBefore() {
        // "The two ministers will meet again in Geneva on Saturday. President Ronald Reagan is expected to speak with
        // Soviet leader Mikhail Gorbachev by telephone in the coming days, ..."
        Event call = labelled("PhoneCall", "coming days");
        assertEquals("planned", call.status());
        assertNull(call.date(), "Saturday is the Geneva meeting's: " + describe(washington));
        Event geneva = events(washington, "Meeting").stream().filter(e -> "Geneva".equals(place(e))).findFirst().orElseThrow();
        assertEquals("1987-10-10", date(geneva));
    }

    @Test
    void aRejectionByAnotherVerbInALaterSentenceIsAnotherAct() {
        // "Shevardnadze rejected a proposal by Shultz for deep cuts in space weapons. Shultz accused Moscow of violating
        // the 1972 treaty on missile defence. Shevardnadze dismissed the accusation at a news conference."
        List<Event> rejections = events(washington, "Rejection");
        assertEquals(2, rejections.size(), describe(washington));
        assertEquals(List.of("rejected", "dismissed"), rejections.stream().map(Event::label).toList());
    }

    @Test
    void aTripToldInThePresentInARelativeClauseIsPlannedForItsDay() {
        // "The Soviet minister, who flies to New York on Thursday, is to address ... on Friday."; and the meeting "at
        // the State Department", "criticized ... last week" keep their readings
        Event trip = events(washington, "Visit").stream().filter(e -> e.label().contains("flies")).findFirst()
                .orElseThrow(() -> new AssertionError(describe(washington)));
        assertEquals("planned", trip.status());
        assertEquals("1987-10-08", date(trip));
        String building = place(labelled("Meeting", "State Department"));
        // the events gold takes the building or its city ("State Department/.../Washington/Washington, D.C.")
        assertTrue(List.of("State Department", "United States Department of State", "Washington, D.C.").contains(building),
                building);
        assertEquals("1987-W40", date(labelled("Disapproval", "Jewish")));
    }
}
