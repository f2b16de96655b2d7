package org.newskg.extract.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newskg.extract.fact.FactFixtures.events;
import static org.newskg.extract.fact.FactFixtures.find;
import static org.newskg.extract.fact.FactFixtures.plainNames;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newskg.extract.Event;
import org.newskg.extract.Extraction;

/**
 * An accord, aid pledged in a sum and sanctions eased, on a wire story written for this test (Testwire 2011): sanctions
 * lifted are eased (CAMEO 085), not imposed, and sanctions that would be suspended an intent to ease them (035); "provide 40 million dollars in aid" is aid; a vote on the
 * accord told before is talked over, no second accord; a
 * rebel commander after "and" is the second signer.
 */
class AccordsAidAndEasedSanctionsTest {

    static Extraction story;

    @BeforeAll
    static void extract() {
        story = FactFixtures.extractOne(FactFixtures.OWN.resolve("testwire-2011-06-14-accord-and-sanctions.txt"));
    }

    @Test
    void sanctionsThatWouldBeSuspendedAreAnIntentToEaseThemNotImposed() {
        // "said it would suspend its sanctions": easing promised, an intent to yield (035), as the gold sets code "would
        // lift its trade embargo" (dev23) and "would revoke the textile quotas"
        Event eased = find(story, "IntentToCooperate", e -> e.label().contains("suspend"));
        assertEquals("035", eased.cameo());
        assertEquals(List.of("European Union"), plainNames(eased, "source"));
        assertTrue(events(story, "Sanction").isEmpty(), () -> "no sanction imposed: " + events(story, "Sanction"));
    }

    @Test
    void sanctionsLiftedWithAWordBetweenAreEased() {
        Event lifted = find(story, "Yield", e -> e.label().contains("lifted"));
        assertEquals("085", lifted.cameo());
        assertEquals(List.of("Japan"), plainNames(lifted, "source"));
    }

    @Test
    void aidProvidedInASumIsToldByTheVerb() {
        Event aid = find(story, "IntentToCooperate", e -> e.label().contains("provide"));
        assertEquals(List.of("Canada"), plainNames(aid, "source"));
    }

    @Test
    void aVoteOnTheAccordIsNoSecondAccord() {
        List<Event> accords = events(story, "Agreement");
        assertEquals(1, accords.size(), () -> accords.toString());
        assertEquals("2011-06-14", accords.get(0).date().value());
        assertNotEquals("planned", accords.get(0).status());
    }

    @Test
    void aCommanderAfterAndSignsToo() {
        // "Peruvian President Garcia and rebel commander Polay signed": "commander" is a title, so "rebel" qualifies it
        Event accord = find(story, "Agreement", e -> e.label().contains("accord"));
        assertEquals(List.of("Alan Garcia", "Victor Polay"), plainNames(accord));
    }
}
