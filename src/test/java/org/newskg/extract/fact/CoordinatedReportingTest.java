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
 * "X announced A and said B", "X said A and called for B": the second reporting verb shares the speaker and says
 * its own content; the first content ends before "and". A story written for this test (Testwire 1995, Mexico).
 */
class CoordinatedReportingTest {

    static Extraction mexico;

    @BeforeAll
    static void extract() {
        mexico = FactFixtures.extractOne(FactFixtures.OWN.resolve("testwire-1995-03-09-zedillo-address.txt"));
    }

    private static List<String> texts(String speaker) {
        return by(mexico, speaker).stream().map(Statement::text).sorted().toList();
    }

    @Test
    void whatIsSaidAfterAndSaidIsTheStatement() {
        List<String> zedillo = texts("Ernesto Zedillo");
        assertTrue(zedillo.contains("the peso would recover within months"), zedillo.toString());
        assertTrue(zedillo.stream().noneMatch(t -> t.contains("and said")), zedillo.toString());
    }

    @Test
    void aCallAfterASayingIsItsOwnStatement() {
        assertEquals(List.of("closer cooperation with Washington on debt", "the two countries had deep trade ties"),
                texts("Guillermo Ortiz"));
    }
}
