package org.newskg.extract.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newskg.extract.fact.FactFixtures.describe;
import static org.newskg.extract.fact.FactFixtures.place;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newskg.extract.Event;
import org.newskg.extract.Extraction;

/**
 * "Poland today ... signed an agreement extending the treaty. Premiers A and B signed the agreement in the Palace this
 * afternoon.": the verb told again with a definite object is the signing told before, one event with the signers and
 * the place of the second telling. A story written for this test.
 */
class AgreementSignedAgainTest {

    static Extraction story;

    @BeforeAll
    static void extract() {
        story = FactFixtures.extractOne(FactFixtures.OWN.resolve("testwire-1958-05-14-treaty-signed-twice.txt"));
    }

    @Test
    void theAgreementSignedAgainIsOneEvent() {
        List<Event> agreements = FactFixtures.events(story, "Agreement");
        assertEquals(1, agreements.size(), describe(story));
        List<String> names = FactFixtures.names(agreements.get(0));
        assertTrue(names.containsAll(List.of("Jan Kowalczyk", "Karel Dvorak")), describe(story));
        assertEquals("Belweder Palace", place(agreements.get(0)), describe(story));
    }
}
