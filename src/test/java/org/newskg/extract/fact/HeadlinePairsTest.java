package org.newskg.extract.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newskg.extract.fact.FactFixtures.describe;
import static org.newskg.extract.fact.FactFixtures.plainNames;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newskg.extract.Event;
import org.newskg.extract.Extraction;

/**
 * Headline style joins two names by a comma ("ALSO READ: Kenya, Uganda agree to expand rail link"): both act; a comma
 * closing an opening phrase ("In his talks with A, B urged") still joins nobody. A story written for this test.
 */
class HeadlinePairsTest {

    static Extraction story;

    @BeforeAll
    static void extract() {
        story = FactFixtures.extractOne(FactFixtures.OWN.resolve("testwire-2019-05-02-headline-pairs.txt"));
    }

    @Test
    void twoNamesJoinedByACommaInAHeadlineBothAct() {
        Event agree = FactFixtures.find(story, "IntentToCooperate", e -> e.label().equals("agree"));
        assertEquals(List.of("Kenya", "Uganda"), plainNames(agree, "source"), describe(story));
    }

    @Test
    void aCommaClosingAnOpeningPhraseStillJoinsNobody() {
        Event appeal = FactFixtures.find(story, "Appeal", e -> plainNames(e).contains("Uhuru Kenyatta"));
        assertEquals(List.of("Uhuru Kenyatta"), plainNames(appeal, "source"), describe(story));
    }
}
