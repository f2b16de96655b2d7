package org.newskg.extract.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newskg.extract.fact.FactFixtures.describe;
import static org.newskg.extract.fact.FactFixtures.plainNames;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.newskg.extract.Event;
import org.newskg.extract.Extraction;

/**
 * "Doe met Roe and Poe separately": two meetings, Doe with each (as dev18 and dev23 code "met Ortega and Chamorro
 * separately"). A story written for this test.
 */
class MetSeparatelyTest {

    @Test
    void oneMeetingWithEach() {
        Extraction story = FactFixtures.extractOne(FactFixtures.OWN.resolve("testwire-1981-03-05-met-separately.txt"));
        List<Event> meetings = FactFixtures.events(story, "Meeting").stream().filter(e -> e.first().sentence() == 0).toList();
        Set<String> pairs = meetings.stream().map(e -> new TreeSet<>(plainNames(e)).toString()).collect(Collectors.toSet());
        assertEquals(Set.of("[Ivan Dudek, Karl Ostrava]", "[Josip Marek, Karl Ostrava]"), pairs, describe(story));
    }

    /** "Doe, who arrived ... at the head of a 20-member delegation, met": the hyphen piece ends no clause. */
    @Test
    void theSubjectReachesPastAHyphenatedWordInItsRelativeClause() {
        Extraction story = FactFixtures.extractOne(FactFixtures.OWN.resolve("testwire-1981-03-05-met-separately.txt"));
        List<Event> meetings = FactFixtures.events(story, "Meeting").stream().filter(e -> e.first().sentence() == 2).toList();
        Set<String> pairs = meetings.stream().map(e -> new TreeSet<>(plainNames(e)).toString()).collect(Collectors.toSet());
        assertEquals(Set.of("[Ivan Dudek, Lars Berg]", "[Josip Marek, Lars Berg]"), pairs, describe(story));
    }
}
