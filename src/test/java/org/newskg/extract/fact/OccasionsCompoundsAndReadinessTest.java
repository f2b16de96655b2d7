package org.newskg.extract.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newskg.extract.fact.FactFixtures.describe;
import static org.newskg.extract.fact.FactFixtures.events;
import static org.newskg.extract.fact.FactFixtures.place;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newskg.extract.Event;
import org.newskg.extract.Extraction;

/**
 * On a story written for this test (Rome, 2011; issue 12, the classes dev26 showed): a rejection made "in a speech in
 * X" or "at a news conference in X" is placed in X, past its object; a participle joined by a hyphen to a noun
 * ("the army-backed transfer") tells no act of backing; "was ready to resume the negotiations" is an intent to
 * negotiate, no negotiation; "severed its so-called \"diplomatic ties\"" breaks ties, over the hyphen-joined
 * participle between the verb and its noun.
 */
class OccasionsCompoundsAndReadinessTest {

    static Extraction story;

    @BeforeAll
    static void extract() {
        story = FactFixtures.extractOne(FactFixtures.OWN.resolve("testwire-2011-05-04-occasions-compounds-readiness.txt"));
    }

    @Test
    void aRejectionInASpeechIsPlacedWhereTheSpeechWasGiven() {
        Event rejected = FactFixtures.find(story, "Rejection", FactFixtures.with("Marco Bellini"));
        assertEquals("Naples", place(rejected), describe(story));
    }

    @Test
    void aRejectionAtANewsConferenceIsPlacedWhereTheConferenceWasHeld() {
        Event rejected = FactFixtures.find(story, "Rejection", FactFixtures.with("Edi Kola"));
        assertEquals("Durres", place(rejected), describe(story));
    }

    @Test
    void aHyphenatedParticipleBeforeANounTellsNoAct() {
        assertTrue(events(story, "DiplomaticCooperation").isEmpty(), describe(story));
    }

    @Test
    void readyToResumeNegotiationsIsAnIntentToNegotiateAndNoMeeting() {
        Event intent = FactFixtures.find(story, "IntentToCooperate", FactFixtures.with("Albania"));
        assertEquals("036", intent.cameo(), describe(story));
        assertTrue(events(story, "Meeting").isEmpty(), describe(story));
    }

    @Test
    void tiesSeveredOverASoCalledQualifierAreBroken() {
        Event severed = FactFixtures.find(story, "ReduceRelations", FactFixtures.with("Kosovo"));
        assertEquals(java.util.List.of("Albania"), FactFixtures.plainNames(severed, "source"), describe(story));
    }
}
