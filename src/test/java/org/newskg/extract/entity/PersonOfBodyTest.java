package org.newskg.extract.entity;

import static org.newskg.extract.entity.ShippedRecognizer.assertHas;
import static org.newskg.extract.entity.ShippedRecognizer.assertNotA;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newskg.extract.EntityMention;
import org.newskg.kb.EntityType;

/**
 * "said John Doe of Acme Securities": the analyst before "of" is a person of the body after it, not the first words of
 * one body's name (as in "Bank of Ruritania"). Sentences written for this test.
 */
class PersonOfBodyTest {

    private static ShippedRecognizer names;

    @BeforeAll
    static void load() {
        names = new ShippedRecognizer(LocalDate.of(2007, 1, 31));
    }

    @Test
    void aNameOpeningWithAGivenNameBeforeOfIsAPerson() {
        List<EntityMention> ms = names.find("""
                STRELSAU, Jan 31 (Reuters) - "The bid is a full price," said Rakesh Moravec of Graustark Securities.
                """);
        assertHas(ms, "Rakesh Moravec", EntityType.PERSON);
        assertHas(ms, "Graustark Securities", EntityType.ORGANIZATION);
    }

    @Test
    void aNameEndingInParticlesBeforeOfIsNoPartOfTheBody() {
        List<EntityMention> ms = names.find("""
                STRELSAU 1996-04-17

                "The central bank is the only story in town," said Pieter van der Kolk of Ostrov Bank.
                """);
        assertNotA(ms, "Kolk of Ostrov Bank", EntityType.ORGANIZATION);
        assertHas(ms, "Ostrov Bank", EntityType.ORGANIZATION);
    }

    @Test
    void aBodyNamedWithOfStaysOneBody() {
        List<EntityMention> ms = names.find("""
                STRELSAU, Jan 31 (Reuters) - The Bank of Graustark raised its main rate on Wednesday.
                """);
        assertHas(ms, "Bank of Graustark", EntityType.ORGANIZATION);
    }
}
