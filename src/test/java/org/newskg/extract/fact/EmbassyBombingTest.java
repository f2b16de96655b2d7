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
 * A bombing at an embassy and what followed, on a wire story written for this test (Testwire 2003): the bomb is aimed
 * at the state whose mission it struck, and a chargé d'affaires recalled reduces relations with the country of the
 * capital he leaves.
 */
class EmbassyBombingTest {

    static Extraction story;

    @BeforeAll
    static void extract() {
        story = FactFixtures.extractOne(FactFixtures.OWN.resolve("testwire-2003-08-07-embassy-bomb.txt"));
    }

    @Test
    void aBombOutsideAnEmbassyIsAimedAtItsState() {
        Event bomb = find(story, "Assault", e -> "183".equals(e.cameo()));
        assertEquals(List.of("Jordan"), plainNames(bomb, "target"));
        assertEquals("2003-08-07", bomb.date().value());
    }

    @Test
    void aChargeDAffairesRecalledReducesRelations() {
        Event recalled = find(story, "ReduceRelations", e -> e.label().contains("recalled"));
        assertEquals("161", recalled.cameo());
        assertEquals(List.of("Jordan"), plainNames(recalled, "source"));
        assertEquals(List.of("Iraq"), plainNames(recalled, "target"));
    }
}
