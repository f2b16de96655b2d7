package org.newskg.extract.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newskg.extract.fact.FactFixtures.describe;
import static org.newskg.extract.fact.FactFixtures.find;
import static org.newskg.extract.fact.FactFixtures.plainNames;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.newskg.extract.Event;
import org.newskg.extract.Extraction;

/**
 * "The two premiers held their third and last round of talks": the subject of "held" reaches the talks over a portion
 * opened by a possessive, with ordinals joined by "and" (SubjectSpan), on a wire story written for this test (Testwire
 * 1972), as dev23 codes "The two premiers held their fourth and final round of talks".
 */
class TwoPremiersTest {

    @Test
    void whoHeldTheirLastRoundOfTalksMet() {
        Extraction story = FactFixtures.extractOne(FactFixtures.OWN.resolve("testwire-1972-10-05-two-premiers.txt"));
        Event talks = find(story, "Meeting", e -> e.first().sentence() == 1);
        Set<String> names = new TreeSet<>(plainNames(talks));
        assertEquals(new TreeSet<>(List.of("Kakuei Tanaka", "Chou En-lai")), names, describe(story));
    }
}
