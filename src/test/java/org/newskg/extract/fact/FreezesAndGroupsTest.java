package org.newskg.extract.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newskg.extract.fact.FactFixtures.describe;
import static org.newskg.extract.fact.FactFixtures.events;
import static org.newskg.extract.fact.FactFixtures.plainNames;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newskg.extract.Event;
import org.newskg.extract.Extraction;

/**
 * Sanctions told with words between their parts ("froze all ... assets", "ordered a total ban on trade with X") and
 * a group phrase with a number ("the five leaders"). A story written for this test (Testwire 1986).
 */
class FreezesAndGroupsTest {

    static Extraction story;

    @BeforeAll
    static void extract() {
        story = FactFixtures.extractOne(FactFixtures.OWN.resolve("testwire-1986-02-10-freezes-and-groups.txt"));
    }

    private static Event sanctionIn(String word) {
        List<Event> found = events(story, "Sanction").stream().filter(e -> e.label().contains(word)).toList();
        assertEquals(1, found.size(), word + " in\n" + describe(story));
        return found.get(0);
    }

    @Test
    void assetsFrozenWithWordsBetweenAreASanction() {
        Event frozen = sanctionIn("froze");
        assertEquals(List.of("Canada"), plainNames(frozen, "source"), frozen.toString());
    }

    @Test
    void aBanOnTradeWithACountryTargetsIt() {
        Event ban = sanctionIn("ordered");
        assertEquals(List.of("Myanmar"), plainNames(ban, "target"), ban.toString());
    }

    @Test
    void theFiveLeadersAreTheFiveWhoMet() {
        List<Event> signed = events(story, "Agreement").stream().filter(e -> e.label().contains("signed")).toList();
        assertEquals(1, signed.size(), describe(story));
        assertEquals(5, signed.get(0).participants().size(), signed.get(0).toString());
    }
}
