package org.newskg.extract.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newskg.extract.fact.FactFixtures.date;
import static org.newskg.extract.fact.FactFixtures.describe;
import static org.newskg.extract.fact.FactFixtures.events;
import static org.newskg.extract.fact.FactFixtures.find;
import static org.newskg.extract.fact.FactFixtures.place;
import static org.newskg.extract.fact.FactFixtures.plainNames;
import static org.newskg.extract.fact.FactFixtures.sole;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newskg.extract.Event;
import org.newskg.extract.Extraction;

/**
 * Acts aimed at another side told without the usual trigger word, on a wire story written for this test (Testwire
 * 2007, Ecuador and Peru, invented people): a "cease-fire" the tokenizer splits at its hyphen, an exercise and a visit
 * called off (relations reduced, the visit no visit of its own), an airliner forced to land.
 */
class CalledOffActsTest {

    static Extraction cenepa;

    @BeforeAll
    static void extract() {
        cenepa = FactFixtures.extractOne(FactFixtures.OWN.resolve("testwire-2007-09-18-cenepa-reactions.txt"));
    }

    @Test
    void aHyphenatedCeaseFireIsAcceptedByBothSides() {
        Event truce = sole(cenepa, "Yield", "cease");
        assertEquals("087", truce.cameo());
        assertEquals(List.of("Ecuador", "Peru"), plainNames(truce, "source"));
        assertEquals("2007-09-17", date(truce));
    }

    @Test
    void aCancelledExerciseReducesRelationsWithTheOtherSide() {
        Event cancelled = find(cenepa, "ReduceRelations", e -> plainNames(e, "source").contains("United States"));
        assertEquals("160", cancelled.cameo());
        assertEquals(List.of("Ecuador"), plainNames(cancelled, "target"));
        assertEquals("2007-09-18", date(cancelled));
    }

    @Test
    void aCancelledVisitReducesRelationsAndIsNoVisit() {
        Event cancelled = find(cenepa, "ReduceRelations", e -> plainNames(e, "source").contains("Ramon Ortiz"));
        assertEquals("160", cancelled.cameo());
        assertEquals(null, cancelled.status(), "'planned for Wednesday' tells of the visit; the cancelling happened");
        assertTrue(events(cenepa, "Visit").isEmpty(), "the called-off visit is not told as a visit:\n" + describe(cenepa));
    }

    @Test
    void anAirlinerForcedToLandIsSeized() {
        Event forced = sole(cenepa, "Coercion", "forced");
        assertEquals("171", forced.cameo());
        assertEquals(List.of("Peru"), plainNames(forced, "target"));
        assertEquals("Guayaquil", place(forced), "where the airliner was made to land");
    }
}
