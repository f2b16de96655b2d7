package org.newskg.extract.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newskg.extract.fact.FactFixtures.texts;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newskg.extract.Extraction;

/**
 * "The White House said", "Downing Street said", "a White House spokesman told reporters": a building at the head of
 * the subject speaks for the body seated in it; "Beijing said it ...", though the tagger calls "Beijing" an auxiliary
 * there. A story written for this test (Testwire 2014, Moscow).
 */
class SeatSpeakersTest {

    static Extraction moscow;

    @BeforeAll
    static void extract() {
        moscow = FactFixtures.extractOne(FactFixtures.OWN.resolve("testwire-2014-03-18-seats-speak.txt"));
    }

    @Test
    void aBuildingHeadingTheSubjectSpeaks() {
        // "... and warned of further sanctions": what the warning is about is not what it says
        assertEquals(List.of("This is a clear violation of international law", "the move was illegal"), texts(moscow, "White House"));
        assertEquals(List.of("British Prime Minister David Cameron would discuss the crisis with German Chancellor Angela Merkel"
                + " by telephone on Wednesday"), texts(moscow, "Downing Street"));
        assertEquals(List.of("French President Francois Hollande had cancelled a visit to Moscow"), texts(moscow, "Elysee"));
    }

    @Test
    void aCapitalTaggedAsAnAuxiliaryStillSpeaks() {
        assertEquals(List.of("it respected the territorial integrity of all countries"), texts(moscow, "Beijing"));
    }
}
