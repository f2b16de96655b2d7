package org.newskg.extract.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newskg.extract.fact.FactFixtures.describe;
import static org.newskg.extract.fact.FactFixtures.find;
import static org.newskg.extract.fact.FactFixtures.plainNames;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newskg.extract.Event;
import org.newskg.extract.Extraction;

/**
 * Ties broken with a word between the verb and "ties" or "relations", on a wire story written for this test (Testwire
 * 1996), read from the trigger lines of {@code data/events/triggers.tsv} added for them.
 */
class TiesSeveredWithAWordBetweenTest {

    static Extraction story;

    @BeforeAll
    static void extract() {
        story = FactFixtures.extractOne(FactFixtures.OWN.resolve("testwire-1996-05-12-ties-and-fire.txt"));
    }

    @Test
    void tiesSeveredWithAPossessiveBetweenAreBroken() {
        // "Chad said on Sunday it had severed its diplomatic ties with Sudan."
        Event severed = find(story, "ReduceRelations", e -> e.label().contains("severed"));
        assertEquals("161", severed.cameo(), describe(story));
        assertEquals(List.of("Chad"), plainNames(severed, "source"), describe(story));
        assertEquals(List.of("Sudan"), plainNames(severed, "target"), describe(story));
    }

    @Test
    void relationsBrokenOffWithAPossessiveBetweenAreBroken() {
        // "Libya broke off its relations with Sudan in March."
        Event broke = find(story, "ReduceRelations", e -> e.label().contains("broke"));
        assertEquals("161", broke.cameo(), describe(story));
        assertEquals(List.of("Libya"), plainNames(broke, "source"), describe(story));
    }
}
