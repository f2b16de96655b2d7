package org.newskg.extract.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newskg.extract.fact.FactFixtures.by;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newskg.extract.Extraction;
import org.newskg.extract.Statement;

/**
 * "Ottawa said", "..., Algiers warned": a city heading the subject speaks for its government; "a diplomat in Bamako
 * said" does not make Bamako the speaker. A story written for this test (Testwire 2019, Mali).
 */
class CitySpeakersTest {

    static Extraction geneva;

    @BeforeAll
    static void extract() {
        geneva = FactFixtures.extractOne(FactFixtures.OWN.resolve("testwire-2019-04-10-capitals-react.txt"));
    }

    private static List<String> texts(String speaker) {
        return by(geneva, speaker).stream().map(Statement::text).toList();
    }

    @Test
    void aCityBeforeTheReportingVerbIsTheSpeaker() {
        assertEquals(List.of("the strikes on rebel bases in northern Mali were legal under international law"), texts("Ottawa"));
    }

    @Test
    void aTrailingCityIsTheSpeaker() {
        assertEquals(List.of("The strikes broke a fragile truce"), texts("Algiers"));
    }

    @Test
    void aCityAfterAPrepositionIsNoSpeaker() {
        assertTrue(texts("Bamako").isEmpty(), geneva.statements().toString());
    }
}
