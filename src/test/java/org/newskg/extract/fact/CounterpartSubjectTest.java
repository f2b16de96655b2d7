package org.newskg.extract.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.newskg.extract.fact.FactFixtures.date;
import static org.newskg.extract.fact.FactFixtures.describe;
import static org.newskg.extract.fact.FactFixtures.plainNames;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newskg.extract.Event;
import org.newskg.extract.Extraction;
import org.newskg.extract.Participant;

/**
 * "X and his Ruritanian counterpart Y met": both take part, Y as X's counterpart. Before, the subject stopped at "his
 * ... counterpart" and X was lost unless a later "the two men met" brought him back. A story written for this test
 * (Testwire 2000, Peru and Chile, Kenya and Uganda), no later sentence naming the pairs again.
 */
class CounterpartSubjectTest {

    static Extraction lima;

    @BeforeAll
    static void extract() {
        lima = FactFixtures.extractOne(FactFixtures.OWN.resolve("testwire-2000-08-24-counterpart-subjects.txt"));
    }

    @Test
    void bothSidesOfTalksHeldByASubjectAndHisCounterpart() {
        Event talks = FactFixtures.find(lima, "Meeting", e -> e.label().contains("talks"));
        assertEquals(List.of("Fernando de Trazegnies", "Juan Gabriel Valdes"), plainNames(talks), describe(lima));
        assertEquals("2000-08-24", date(talks));
        Participant valdes = talks.participants().stream()
                .filter(p -> FactFixtures.plain(p.mention().name()).equals("Juan Gabriel Valdes")).findFirst().orElseThrow();
        assertEquals("Fernando de Trazegnies", FactFixtures.plain(valdes.counterpartOf().name()), "the counterpart relation is kept");
    }

    @Test
    void aCounterpartBetweenCommasToo() {
        Event met = FactFixtures.find(lima, "Meeting", e -> e.label().equals("met"));
        assertEquals(List.of("Edward Rugumayo", "Nicholas Biwott"), plainNames(met), describe(lima));
        assertEquals("2000-08-23", date(met));
    }

    @Test
    void talksHeldAndAPlanAgreedAfterThemAreNotPlannedTalks() {
        // "... held talks on Tuesday and agreed to start negotiations ... early next year": the talks happened
        Event talks = FactFixtures.find(lima, "Meeting", e -> e.label().contains("talks") && plainNames(e).contains("Javier Murillo"));
        assertEquals(List.of("Javier Murillo", "Juan Esteban Aguirre"), plainNames(talks), describe(lima));
        assertNull(talks.status(), describe(lima));
        assertEquals("2000-08-22", date(talks));
    }
}
