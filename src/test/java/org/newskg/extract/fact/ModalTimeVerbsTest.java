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
 * A bare verb after a modal and a short time phrase ("will on Wednesday donate 50 tractors", "will next week gift the
 * hospital a scanner") is the event, though the tagger reads it as a noun, and the modal's subject, before the time
 * phrase, is its source. A story written for this test.
 */
class ModalTimeVerbsTest {

    static Extraction story;

    @BeforeAll
    static void extract() {
        story = FactFixtures.extractOne(FactFixtures.OWN.resolve("testwire-2019-03-11-strelsau-gifts.txt"));
    }

    @Test
    void aVerbAfterModalAndWeekdayIsTheEventAndTheSubjectItsSource() {
        Event aid = FactFixtures.find(story, "Aid", e -> e.first().sentence() == 1);
        assertEquals(List.of("Michael Sapt"), plainNames(aid), describe(story));
    }

    @Test
    void aVerbAfterModalAndNextWeekIsTheEventAndTheSubjectItsSource() {
        Event aid = FactFixtures.find(story, "Aid", e -> e.first().sentence() == 2);
        assertEquals(List.of("Rudolf Elphberg"), plainNames(aid), describe(story));
    }
}
