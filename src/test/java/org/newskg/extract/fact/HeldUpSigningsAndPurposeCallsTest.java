package org.newskg.extract.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newskg.extract.fact.FactFixtures.find;
import static org.newskg.extract.fact.FactFixtures.plainNames;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newskg.extract.Event;
import org.newskg.extract.Extraction;

/**
 * A treaty signing told again later, on a wire story written for this test (Testwire 1994): one who threatened to delay
 * the signing takes no part in it, nor does the later sentence's day date it; the one who telephones "to thank" someone
 * thanks; a name with a nobility particle ("af") is whole.
 */
class HeldUpSigningsAndPurposeCallsTest {

    static Extraction story;

    @BeforeAll
    static void extract() {
        story = FactFixtures.extractOne(FactFixtures.OWN.resolve("testwire-1994-05-18-treaty-signed.txt"));
    }

    @Test
    void whoDelaysTheSigningIsNoSigner() {
        Event treaty = find(story, "Agreement", e -> e.label().contains("treaty"));
        // "The foreign ministers of Latvia and Lithuania signed": Latvia's minister is named later, Lithuania's is not
        assertEquals(List.of("Georgs Andrejevs", "Lithuania"), plainNames(treaty));
    }

    @Test
    void aLaterTellingDatedByAnotherDayKeepsTheSigningsDay() {
        Event treaty = find(story, "Agreement", e -> e.label().contains("treaty"));
        assertEquals("1994-05-18", treaty.date().value());
    }

    @Test
    void whoTelephonesToThankThanks() {
        Event thanks = find(story, "DiplomaticCooperation", e -> e.label().contains("thank"));
        assertEquals(List.of("Algirdas Brazauskas"), plainNames(thanks, "source"));
        assertEquals(List.of("Guntis Ulmanis"), plainNames(thanks, "target"));
    }

    @Test
    void aNameWithANobilityParticleMeets() {
        Event meeting = find(story, "Meeting", e -> e.label().contains("met"));
        assertEquals(List.of("Margaretha af Ugglas"), plainNames(meeting, "source"));
        assertEquals("1994-05-17", meeting.date().value().substring(0, 10));
    }
}
