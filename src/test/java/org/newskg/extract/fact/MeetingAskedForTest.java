package org.newskg.extract.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newskg.extract.fact.FactFixtures.describe;
import static org.newskg.extract.fact.FactFixtures.plainNames;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newskg.extract.Event;
import org.newskg.extract.Extraction;

/**
 * A meeting asked for or requested is still to come, and a meeting "of" a body asked for by others is the body's
 * alone: "France, Canada and Denmark asked for an urgent meeting of the U.N. Security Council". A story written for
 * this test.
 */
class MeetingAskedForTest {

    static Extraction story;

    @BeforeAll
    static void extract() {
        story = FactFixtures.extractOne(FactFixtures.OWN.resolve("testwire-1977-05-12-council-asked-for.txt"));
    }

    @Test
    void aMeetingAskedForIsPlannedAndHeldByTheBodyAlone() {
        Event meeting = FactFixtures.find(story, "Meeting", e -> plainNames(e).contains("United Nations Security Council"));
        assertEquals("planned", meeting.status(), describe(story));
        assertEquals(List.of("United Nations Security Council"), plainNames(meeting), describe(story));
    }

    @Test
    void aMeetingRequestedWithACounterpartIsPlanned() {
        Event meeting = FactFixtures.find(story, "Meeting", e -> plainNames(e).contains("Ivan Dudek"));
        assertEquals("planned", meeting.status(), describe(story));
    }
}
