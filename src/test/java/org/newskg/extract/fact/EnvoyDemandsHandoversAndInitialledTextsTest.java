package org.newskg.extract.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newskg.extract.fact.FactFixtures.describe;
import static org.newskg.extract.fact.FactFixtures.plainNames;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newskg.extract.Event;
import org.newskg.extract.Extraction;

/**
 * Three acts told with words of data/events/triggers.tsv, on a story written for this test (Vienna, 1983): "demanded the
 * withdrawal of the X Ambassador" is an expulsion (166), not a plain demand; "handed power to the army" is a yield
 * (08); "initialed the text" is the provisional signing of an agreement (057).
 */
class EnvoyDemandsHandoversAndInitialledTextsTest {

    static Extraction story;

    @BeforeAll
    static void extract() {
        story = FactFixtures.extractOne(FactFixtures.OWN.resolve("testwire-1983-04-12-envoys-power-initialled.txt"));
    }

    @Test
    void aDemandThatAnAmbassadorBeWithdrawnIsAnExpulsion() {
        assertTrue(story.events().stream().noneMatch(e -> e.type().equals("Demand")), describe(story));
        Event expelled = FactFixtures.find(story, "Expulsion", e -> true);
        assertEquals("166", expelled.cameo(), describe(story));
    }

    @Test
    void powerHandedToTheArmyIsAYield() {
        Event yielded = FactFixtures.find(story, "Yield", e -> true);
        assertEquals(List.of("Anton Weiss"), plainNames(yielded, "source"), describe(story));
    }

    @Test
    void anInitialledTextIsAnAgreement() {
        Event initialled = FactFixtures.find(story, "Agreement", e -> true);
        assertTrue(plainNames(initialled).containsAll(List.of("Erwin Lanc", "Frigyes Puja")), describe(story));
    }
}
