package org.newskg.extract.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newskg.extract.fact.FactFixtures.find;
import static org.newskg.extract.fact.FactFixtures.plainNames;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newskg.extract.Event;
import org.newskg.extract.Extraction;

/**
 * Ties cut by transport and by several states at once, on a wire story written for this test (Testwire 2017): borders, airspace, ports and traffic closed reduce relations, a second participle after a perfect keeps the
 * perfect's subject, and a participle after four coordinated subjects is said by all four.
 */
class TiesCutByTransportTest {

    static Extraction story;

    @BeforeAll
    static void extract() {
        story = FactFixtures.extractOne(FactFixtures.OWN.resolve("testwire-2017-06-05-ties-cut.txt"));
    }

    @Test
    void trafficSuspendedAfterAPerfectIsSuspendedByThePerfectsSubject() {
        // "the agency said Bamako had closed its border ... and suspended all air and sea traffic": Mali, not the agency
        List<Event> cut = story.events().stream().filter(e -> e.first().sentence() == 1).toList();
        assertEquals(1, cut.size(), cut.toString());
        assertEquals(List.of("Mali"), plainNames(cut.get(0), "source"));
        assertEquals(List.of("Algeria"), plainNames(cut.get(0), "target"));
    }

    @Test
    void aParticipleAfterFourSubjectsIsSaidByAllFour() {
        Event accusing = find(story, "Disapproval", e -> e.label().contains("accusing"));
        assertEquals(List.of("Burkina Faso", "Chad", "Mali", "Niger"), plainNames(accusing, "source").stream().sorted().toList());
    }

    @Test
    void airspaceAndPortsClosedReduceRelations() {
        Event closed = find(story, "ReduceRelations", e -> e.label().contains("closed") && e.first().sentence() == 2);
        assertEquals("160", closed.cameo());
        assertEquals(List.of("Niger"), plainNames(closed, "source"));
        assertEquals(List.of("Algeria"), plainNames(closed, "target"));
    }

    @Test
    void aidFrozenWithNoWordBetweenIsCut() {
        // "froze aid to X": the lemmatizer leaves "froze" as written, and "froze * aid" wants a word between
        Event frozen = find(story, "ReduceRelations", e -> e.label().contains("froze"));
        assertEquals("162", frozen.cameo());
        assertEquals(List.of("Algeria"), plainNames(frozen, "target"));
    }

    @Test
    void aListOfSubjectsIsNoInsertionBeforeAParticiple() {
        // "A, B, the United Arab Emirates and C recalled ..., accusing it": "the United Arab Emirates and C recalled ..."
        // is no apposition set off by commas (a noun a participle qualifies), so all four accuse
        Event accusing = find(story, "Disapproval", e -> e.label().contains("accusing") && e.first().sentence() == 4);
        assertEquals(List.of("Jordan", "Morocco", "Tunisia", "United Arab Emirates"),
                plainNames(accusing, "source").stream().sorted().toList());
    }
}
