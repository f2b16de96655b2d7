package org.newskg.extract.entity;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newskg.extract.entity.ShippedRecognizer.assertHas;
import static org.newskg.extract.entity.ShippedRecognizer.assertNotA;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newskg.extract.EntityMention;
import org.newskg.kb.EntityType;

/**
 * A world cup named with its sport is one event; the demonym of a divided country of the Cold War is a nationality
 * word, both with the shipped model. Sentences written for this test; the people and places are invented.
 */
class SportCupsAndDividedCountriesTest {

    private static ShippedRecognizer names;

    @BeforeAll
    static void load() {
        names = new ShippedRecognizer(LocalDate.of(1989, 9, 8));
    }

    @Test
    void aWorldCupNamedWithItsSportIsOneEvent() {
        List<EntityMention> ms = names.find("""
                STRELSAU 2023-10-28

                Ruritania beat Borduria 12-11 on Saturday to win the Rugby World Cup for a fourth time .
                """);
        assertHas(ms, "Rugby World Cup", EntityType.EVENT);
        assertNotA(ms, "World Cup", EntityType.EVENT);
    }

    @Test
    void aDividedCountrysDemonymIsANationality() {
        List<EntityMention> ms = names.find("""
                STRELSAU , Sept 8 ( Reuter ) -

                West German Economics Minister John Doe approved the takeover on Friday .
                """);
        // a knowledge-base demonym keeps referring to its country; evaluation counts it as a nationality word
        assertTrue(ms.stream().anyMatch(m -> m.text().equals("West German") && m.rule().equals("kb:demonym")),
                "West German should be a demonym in " + ms);
    }
}
