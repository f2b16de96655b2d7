package org.newskg.extract.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newskg.extract.fact.FactFixtures.date;
import static org.newskg.extract.fact.FactFixtures.events;
import static org.newskg.extract.fact.FactFixtures.find;
import static org.newskg.extract.fact.FactFixtures.plainNames;
import static org.newskg.extract.fact.FactFixtures.sole;
import static org.newskg.extract.fact.FactFixtures.with;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newskg.extract.Extraction;

/**
 * Read from a story written for this test (Testwire 2005): people taking to the streets protest,
 * requests are appeals, contingents and experts sent and gifts are aid, a line of credit announced is promised; a trigger word inside an organization's name ("Treaty", "Forum") tells no event.
 */
class StreetsRequestsAndAidSentTest {

    static Extraction story;

    @BeforeAll
    static void extract() {
        story = FactFixtures.extractOne(FactFixtures.OWN.resolve("testwire-2005-09-14-riots-requests-aid.txt"));
    }

    @Test
    void takingToTheStreetsIsAProtest() {
        assertEquals("2005-09-12", date(sole(story, "Protest", "took to the streets")), FactFixtures.describe(story));
    }

    @Test
    void requestsAreAppeals() {
        assertEquals(List.of("Eduardo Rodriguez", "Peru"), plainNames(sole(story, "Appeal", "requested")), FactFixtures.describe(story));
        sole(story, "Appeal", "asked for");
    }

    @Test
    void contingentsExpertsGiftsAndCreditsAreAid() {
        assertEquals("2005-09-12", date(find(story, "Aid", with("Chile"))), FactFixtures.describe(story));
        find(story, "Aid", with("Argentina"));
        sole(story, "Aid", "gifted");
        assertEquals(List.of("Brazil"), plainNames(sole(story, "IntentToCooperate", "announced")));
    }

    @Test
    void aWordOfAnOrganizationsNameIsNoEvent() {
        assertTrue(events(story, "Agreement").isEmpty(), FactFixtures.describe(story));
        assertTrue(events(story, "Summit").isEmpty(), FactFixtures.describe(story));
    }
}
