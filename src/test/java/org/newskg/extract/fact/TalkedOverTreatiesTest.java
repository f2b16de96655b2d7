package org.newskg.extract.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newskg.extract.fact.FactFixtures.find;
import static org.newskg.extract.fact.FactFixtures.plainNames;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newskg.extract.Event;
import org.newskg.extract.Extraction;

/**
 * A treaty talked over and a signing welcomed, on a wire story written for this test (Testwire 1987, invented
 * presidents and ministers): "talks on a treaty" plan talks, not a treaty; "welcomed the signing" endorses it.
 */
class TalkedOverTreatiesTest {

    static Extraction story;

    @BeforeAll
    static void extract() {
        story = FactFixtures.extractOne(FactFixtures.OWN.resolve("testwire-1987-12-08-treaty-signed.txt"));
    }

    @Test
    void aTreatyTheTalksAreAboutIsNoAgreementOfItsOwn() {
        List<Event> agreements = story.events().stream().filter(e -> e.type().equals("Agreement")).toList();
        assertEquals(1, agreements.size(), agreements.toString());
        assertEquals(0, agreements.get(0).first().sentence());
        Event talks = find(story, "Meeting", e -> e.first().sentence() == 1);
        assertEquals("planned", talks.status());
    }

    @Test
    void aSigningWelcomedIsEndorsed() {
        Event welcomed = find(story, "DiplomaticCooperation", e -> e.label().contains("welcomed"));
        assertEquals("051", welcomed.cameo());
        assertTrue(plainNames(welcomed, "source").contains("Helmut Kohl"), welcomed.toString());
    }
}
