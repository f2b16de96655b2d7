package org.newskg.extract.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newskg.extract.fact.FactFixtures.describe;
import static org.newskg.extract.fact.FactFixtures.events;
import static org.newskg.extract.fact.FactFixtures.plainNames;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newskg.extract.Event;
import org.newskg.extract.Extraction;

/**
 * Triggers whose object stands between their words (data/events/triggers.tsv): aid suspended, quotas imposed,
 * crossings closed, warships or boats withdrawn; and an ambush. A story written for this test (Testwire 2009,
 * Peru and Bolivia).
 */
class TradeCurbsAndWithdrawalsTest {

    static Extraction lima;

    @BeforeAll
    static void extract() {
        lima = FactFixtures.extractOne(FactFixtures.OWN.resolve("testwire-2009-06-22-andes-trade-row.txt"));
    }

    private static Event only(String type, String cameo) {
        List<Event> found = events(lima, type).stream().filter(e -> e.cameo().equals(cameo)).toList();
        assertEquals(1, found.size(), type + " " + cameo + " in\n" + describe(lima));
        return found.get(0);
    }

    @Test
    void suspendingAidReducesRelations() {
        Event cut = only("ReduceRelations", "162");
        assertEquals(List.of("Peru"), plainNames(cut, "source"), cut.toString());
    }

    @Test
    void importQuotasAreASanction() {
        Event quotas = only("Sanction", "163");
        assertTrue(quotas.label().contains("imposed"), quotas.toString());
    }

    @Test
    void closingBorderCrossingsReducesRelations() {
        Event closed = only("ReduceRelations", "160");
        assertEquals(List.of("Bolivia"), plainNames(closed, "source"), closed.toString());
    }

    @Test
    void withdrawingBoatsDeescalates() {
        Event withdrawn = only("Yield", "087");
        assertTrue(withdrawn.label().contains("withdrew"), withdrawn.toString());
    }

    @Test
    void anAmbushIsAnAssault() {
        only("Assault", "180");
    }
}
