package org.newskg.extract.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newskg.extract.fact.FactFixtures.texts;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newskg.extract.Extraction;

/**
 * "..., a spokesman for the opposition party, Jane Doe, told Reuters": the name set off by commas after its
 * description is the speaker, the agency after "told" is only the listener, and the content of an earlier
 * statement ends before the description; "declared the result" is an act, "declared that ..." a statement. A story
 * written for this test (Testwire 2016, Ghana).
 */
class AppositiveSpeakersTest {

    static Extraction accra;

    @BeforeAll
    static void extract() {
        accra = FactFixtures.extractOne(FactFixtures.OWN.resolve("testwire-2016-12-09-accra-concession.txt"));
    }

    @Test
    void theNameAfterItsDescriptionSpeaks() {
        assertEquals(List.of("Mahama called Akufo-Addo to congratulate him"), texts(accra, "Nana Akomea"));
    }

    @Test
    void theListenerAfterToldIsNoSpeaker() {
        assertTrue(texts(accra, "Reuters").isEmpty(), accra.statements().toString());
    }

    @Test
    void anEarlierStatementEndsBeforeTheDescription() {
        assertTrue(texts(accra, "Akufo-Addo").contains("his supporters to celebrate peacefully"), accra.statements().toString());
    }

    @Test
    void aDeclaredActIsNoStatementButADeclaredClauseIs() {
        // "Charlotte Osei declared the result shortly before midnight." / "Osei declared that the vote had been free and fair."
        assertEquals(List.of("the vote had been free and fair"), texts(accra, "Charlotte Osei"));
    }
}
