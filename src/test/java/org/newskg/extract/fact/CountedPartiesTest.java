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
 * "The three countries", "the two countries" after an act with more parties than that, on a wire story written for
 * this test (Testwire 1996): the group is the side of the last act with that many (its sources), not nobody.
 */
class CountedPartiesTest {

    static Extraction story;

    @BeforeAll
    static void extract() {
        story = FactFixtures.extractOne(FactFixtures.OWN.resolve("testwire-1996-03-07-borders-closed.txt"));
    }

    @Test
    void theThreeCountriesAreTheThreeThatCutTies() {
        Event closed = find(story, "ReduceRelations", e -> e.label().contains("closed"));
        assertEquals(List.of("Kenya", "Tanzania", "Uganda"), plainNames(closed, "source").stream().sorted().toList());
    }

    @Test
    void theTwoCountriesAreTheTwoThatRecalledTheirEnvoys() {
        Event accused = find(story, "Disapproval", e -> e.label().contains("accused"));
        assertEquals(List.of("Eritrea", "Ethiopia"), plainNames(accused, "source").stream().sorted().toList());
        assertEquals(List.of("Sudan"), plainNames(accused, "target"));
    }
}
