package org.newskg.extract.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.newskg.extract.fact.FactFixtures.date;
import static org.newskg.extract.fact.FactFixtures.plainNames;
import static org.newskg.extract.fact.FactFixtures.sole;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newskg.extract.Event;
import org.newskg.extract.Extraction;

/**
 * Read from a story written for this test (Testwire 1989): a meeting requested is asked of the body whose meeting it is;
 * the one an infinitive "to help X" names is whom aid or an offer is for; contingents sent with no one named go to the
 * dateline city's country; a time inside a fronted participle phrase ("Under a protocol signed in 1979,") dates the
 * signing, not the main clause.
 */
class RequestsHelpAndFrontedDatesTest {

    static Extraction story;

    @BeforeAll
    static void extract() {
        story = FactFixtures.extractOne(FactFixtures.OWN.resolve("testwire-1989-12-20-requests-help-dates.txt"));
    }

    @Test
    void aMeetingRequestedIsAskedOfItsBody() {
        Event request = sole(story, "Appeal", "requested");
        assertEquals(List.of("Panama"), plainNames(request, "source"), FactFixtures.describe(story));
        assertEquals(List.of("Organization of American States"), plainNames(request, "target"), FactFixtures.describe(story));
    }

    @Test
    void helpGoesToWhomTheInfinitiveNames() {
        assertEquals(List.of("Angola"), plainNames(sole(story, "Aid", "sent"), "target"), FactFixtures.describe(story));
        assertEquals(List.of("Vietnam"), plainNames(sole(story, "IntentToCooperate", "offered"), "target"),
                FactFixtures.describe(story));
    }

    @Test
    void contingentsGoToTheDatelineCitysCountry() {
        Event sent = sole(story, "Aid", "send");
        assertEquals(List.of("El Salvador", "Guatemala"), plainNames(sent, "source"), FactFixtures.describe(story));
        assertEquals(List.of("Honduras"), plainNames(sent, "target"), FactFixtures.describe(story));
    }

    @Test
    void aFrontedParticiplesTimeDatesOnlyItsOwnClause() {
        assertNull(date(sole(story, "Aid", "sent")), FactFixtures.describe(story));
    }
}
