package org.newskg.extract.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newskg.extract.fact.FactFixtures.date;
import static org.newskg.extract.fact.FactFixtures.describe;
import static org.newskg.extract.fact.FactFixtures.place;
import static org.newskg.extract.fact.FactFixtures.plainNames;
import static org.newskg.extract.fact.FactFixtures.with;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newskg.extract.Event;
import org.newskg.extract.Extraction;

/**
 * A tour's itinerary told in the present tense ("He travels on to X, Ruritania, on Monday for talks with Y, and ends
 * the trip in Z, where he will meet W"): the stops lie ahead, the talks belong to the traveller in X, and the "he" of
 * the last clause is still the traveller. A story written for this test.
 */
class TourItineraryTest {

    static Extraction story;

    @BeforeAll
    static void extract() {
        story = FactFixtures.extractOne(FactFixtures.OWN.resolve("testwire-2011-03-19-latin-america-tour.txt"));
    }

    @Test
    void aStopDatedAfterTheStorysDayIsPlannedThoughToldInThePresent() {
        Event trip = FactFixtures.find(story, "Visit", e -> "Santiago".equals(place(e)));
        assertEquals("planned", trip.status(), describe(story));
        assertEquals("2011-03-21", date(trip), describe(story));
    }

    @Test
    void talksAfterAPlaceSetOffByItsCountryBelongToTheTravellerThere() {
        Event talks = FactFixtures.find(story, "Meeting", with("Sebastian Pinera"));
        assertEquals(List.of("Barack Obama", "Sebastian Pinera"), plainNames(talks).stream().sorted().toList(), describe(story));
        assertEquals("Santiago", place(talks), describe(story));
        assertEquals("planned", talks.status(), describe(story));
    }

    @Test
    void theSamePronounAsTheOpeningSubjectIsTheSubjectAgain() {
        Event meeting = FactFixtures.find(story, "Meeting", with("Mauricio Funes"));
        assertEquals(List.of("Barack Obama", "Mauricio Funes"), plainNames(meeting).stream().sorted().toList(), describe(story));
        assertEquals("El Salvador", place(meeting), describe(story));
    }
}
