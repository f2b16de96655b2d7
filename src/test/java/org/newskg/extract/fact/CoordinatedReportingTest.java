package org.newskg.extract.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newskg.extract.fact.FactFixtures.texts;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newskg.extract.Extraction;

/**
 * "X announced A and said B", "X said A and called for B": the second reporting verb shares the speaker and says
 * its own content; the first content ends before "and". A story written for this test (Testwire 1995, Mexico).
 */
class CoordinatedReportingTest {

    static Extraction mexico;

    @BeforeAll
    static void extract() {
        mexico = FactFixtures.extractOne(FactFixtures.OWN.resolve("testwire-1995-03-09-zedillo-address.txt"));
    }

    @Test
    void whatIsSaidAfterAndSaidIsTheStatement() {
        List<String> zedillo = texts(mexico, "Ernesto Zedillo");
        assertTrue(zedillo.contains("the peso would recover within months"), zedillo.toString());
        assertTrue(zedillo.stream().noneMatch(t -> t.contains("and said")), zedillo.toString());
    }

    @Test
    void aCallAfterASayingIsItsOwnStatement() {
        assertEquals(List.of("closer cooperation with Washington on debt", "the two countries had deep trade ties"),
                texts(mexico, "Guillermo Ortiz"));
    }
}
