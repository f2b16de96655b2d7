package org.newskg.extract.fact;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newskg.extract.Extraction;

/**
 * The country of a title written after the name, American wire style ("President Boris Yeltsin of Russia", "King
 * Hussein of Jordan"), on a story written for this test.
 */
class TitleOwnerAfterNameTest {

    static Extraction kremlin;

    @BeforeAll
    static void extract() {
        kremlin = FactFixtures.extractOne(FactFixtures.OWN.resolve("testwire-1995-05-10-kremlin-titles.txt"));
    }

    private static boolean holds(String person, String title, String of) {
        return kremlin.roles().stream().anyMatch(r -> r.person().text().equals(person) && r.title().equals(title)
                && r.of() != null && r.of().name().equals(of));
    }

    @Test
    void ofACountryAfterATitledNameOwnsTheTitle() {
        assertTrue(holds("Boris Yeltsin", "President", "Russia"), kremlin.roles().toString());
        assertTrue(holds("Hussein", "King", "Jordan"), kremlin.roles().toString());
        // "President Bill Clinton in the Kremlin": only "of" names the owner.
        assertTrue(kremlin.roles().stream().filter(r -> r.person().text().equals("Bill Clinton")).allMatch(r -> r.of() == null),
                kremlin.roles().toString());
    }
}
