package org.newskg.extract.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newskg.extract.fact.FactFixtures.describe;
import static org.newskg.extract.fact.FactFixtures.plainNames;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newskg.extract.Event;
import org.newskg.extract.Extraction;

/**
 * "Doe met Roe and Poe separately": two meetings, Doe with each (as dev18 and dev23 code "met Ortega and Chamorro
 * separately"). A story written for this test.
 */
class MetSeparatelyTest {

    static Extraction story;

    @BeforeAll
    static void extract() {
        story = FactFixtures.extractOne(FactFixtures.OWN.resolve("testwire-1981-03-05-met-separately.txt"));
    }

    @Test
    void oneMeetingWithEach() {
        assertEquals(Set.of("[Ivan Dudek, Karl Ostrava]", "[Josip Marek, Karl Ostrava]"), pairs(0), describe(story));
    }

    /** "Doe, who arrived ... at the head of a 20-member delegation, met": the hyphen piece ends no clause. */
    @Test
    void theSubjectReachesPastAHyphenatedWordInItsRelativeClause() {
        assertEquals(Set.of("[Ivan Dudek, Lars Berg]", "[Josip Marek, Lars Berg]"), pairs(2), describe(story));
    }

    /** The people of each meeting told in the sentence, sorted. */
    private static Set<String> pairs(int sentence) {
        List<Event> meetings = FactFixtures.events(story, "Meeting").stream().filter(e -> e.first().sentence() == sentence).toList();
        return meetings.stream().map(e -> new TreeSet<>(plainNames(e)).toString()).collect(Collectors.toSet());
    }
}
