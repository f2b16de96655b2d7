package org.newskg.extract.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newskg.extract.fact.FactFixtures.describe;
import static org.newskg.extract.fact.FactFixtures.events;
import static org.newskg.extract.fact.FactFixtures.plainNames;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newskg.extract.Event;
import org.newskg.extract.Extraction;

/**
 * A meeting told as one more ("X also met Y") after talks with someone else is another meeting, on a Reuters-style
 * story written for this test (trade talks in east Africa, 1983, people invented).
 */
class FurtherMeetingsTest {

    static Extraction row;

    @BeforeAll
    static void extract() {
        row = FactFixtures.extractOne(FactFixtures.OWN.resolve("testwire-1983-05-21-kampala-talks.txt"));
    }

    @Test
    void alsoMetSomeoneNewIsAnotherMeeting() {
        // "... Mwangura and ... Kiwanuka agreed on Saturday ..., in talks at the State House here." then
        // "Mwangura also met Ugandan Vice President Samuel Odongo"
        List<Event> meetings = events(row, "Meeting");
        assertEquals(2, meetings.size(), describe(row));
        Event also = FactFixtures.find(row, "Meeting", e -> e.label().contains("met"));
        assertEquals(List.of("Daniel Mwangura", "Samuel Odongo"), plainNames(also).stream().sorted().toList(), describe(row));
    }
}
