package org.newskg.extract.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newskg.extract.TimexType;

class StoryAnchorsTest {

    @Test
    void shiftsKeepThePrecisionTheAnchorAndUnitAllow() {
        assertEquals(Optional.of("2008-Q4"), StoryAnchors.shift("2009-Q1", new Anaphor(-1, "Q", true)));
        assertEquals(Optional.of("2012-H2"), StoryAnchors.shift("2013-H2", new Anaphor(-1, "Y", false)));
        assertEquals(Optional.of("2023-02"), StoryAnchors.shift("2024-02", new Anaphor(-1, "Y", false)));
        assertEquals(Optional.of("2022-08-04"), StoryAnchors.shift("2022-08-08", new Anaphor(-4, "D", false)));
        assertEquals(Optional.of("2021"), StoryAnchors.shift("2022-08-08", new Anaphor(-1, "Y", false)));
        // A year has no days to count: "60 days later" after "in 2017" cannot be placed.
        assertTrue(StoryAnchors.shift("2017", new Anaphor(60, "D", false)).isEmpty());
        assertTrue(StoryAnchors.shift("PAST_REF", new Anaphor(-1, "Y", false)).isEmpty());
    }

    @Test
    void theTopicIsTheFirstQuarterAndTheReferenceDayIsNoAnchor() {
        StoryAnchors anchors = new StoryAnchors(LocalDate.of(2009, 4, 21));
        anchors.place(new Candidate(0, 5, TimexType.DATE, "2009-Q1", "year-part"));
        anchors.place(new Candidate(6, 10, TimexType.DATE, "2008-Q4", "year-part"));
        anchors.place(new Candidate(11, 15, TimexType.DATE, "2009-04-21", "weekday"));
        Candidate yearEarlier = new Candidate(16, 30, TimexType.DATE, "2008", "anaphoric-shift", new Anaphor(-1, "Y", false));
        assertEquals("2008-Q1", anchors.place(yearEarlier).orElseThrow().value());
        Candidate weekLater = new Candidate(31, 40, TimexType.DATE, "2009-W18", "anaphoric-shift", new Anaphor(1, "W", false));
        // The last date is a quarter, which has no week to count from: the reference-date value stays.
        assertEquals("2009-W18", anchors.place(weekLater).orElseThrow().value());
        StoryAnchors none = new StoryAnchors(LocalDate.of(2009, 4, 21));
        assertTrue(none.place(new Candidate(0, 11, TimexType.DATE, "2009-Q2", "anaphoric-period", new Anaphor(0, "Q", true))).isEmpty());
    }
}
