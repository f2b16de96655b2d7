package org.newskg.extract.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newskg.extract.Extraction;

/**
 * A deputy holds a position of its own: "Deputy Foreign Minister X" is not the foreign minister, and "X, the deputy
 * president of Y" is a role too. A story written for this test (Testwire 2003, Strelsau).
 */
class RankedTitlesTest {

    static Extraction strelsau;

    @BeforeAll
    static void extract() {
        strelsau = FactFixtures.extractOne(FactFixtures.OWN.resolve("testwire-2003-09-15-strelsau-deputies.txt"));
    }

    @Test
    void aRankBeforeATitleIsPartOfIt() {
        assertEquals(List.of("Deputy Foreign Minister of Norway"), FactFixtures.roles(strelsau, "Rudolf Elphberg"));
        assertEquals(List.of("Vice Foreign Minister of Kenya"), FactFixtures.roles(strelsau, "Joseph Kamau"));
        assertEquals(List.of("Assistant Secretary of State of United States"), FactFixtures.roles(strelsau, "Mary Quinlan"));
    }

    @Test
    void aLowerCaseRankedTitleInAnApposition() {
        assertEquals(List.of("Deputy President of Baltic Workers Union"), FactFixtures.roles(strelsau, "Anna Lindqvist"));
    }
}
