package org.newskg.extract.entity;

import static org.newskg.extract.entity.ShippedRecognizer.assertHas;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newskg.extract.EntityMention;
import org.newskg.kb.EntityType;

/**
 * Names of bodies the knowledge base does not know, in wire copy (wire-dev9), with the shipped model: a head followed
 * by several complements ("of the", "for", "and"), and a head after an irregular plural's possessive ("People's").
 * Sentences written for this test; the bodies and people are invented.
 */
class ChainedBodyNamesTest {

    private static ShippedRecognizer names;

    @BeforeAll
    static void load() {
        names = new ShippedRecognizer(LocalDate.of(2006, 1, 11));
    }

    @Test
    void aBodysNameGoesOnAcrossSeveralComplements() {
        List<EntityMention> ms = names.find("""
                OSTROV , Jan 11 ( Reuters ) - Gunmen of the Movement for the Liberation of the Ostrov Valley seized two \
                engineers on Wednesday.

                The junta , which calls itself the Higher Council for the Defence of Freedom , named a new cabinet, while \
                John Doe of the Ruritanian Union for Progress and Solidarity called for elections.
                """);
        assertHas(ms, "Movement for the Liberation of the Ostrov Valley", EntityType.ORGANIZATION);
        assertHas(ms, "Higher Council for the Defence of Freedom", EntityType.ORGANIZATION);
        assertHas(ms, "Ruritanian Union for Progress and Solidarity", EntityType.ORGANIZATION);
    }

    @Test
    void anIrregularPluralsPossessiveOpensABodysName() {
        List<EntityMention> ms = names.find("""
                OSTROV , Jan 11 ( Reuters ) - The liberal People 's Party for Justice and Reform fell to 24 seats , and the \
                Women 's League of Ostrov backed the coalition.
                """);
        assertHas(ms, "People 's Party for Justice and Reform", EntityType.ORGANIZATION);
        assertHas(ms, "Women 's League of Ostrov", EntityType.ORGANIZATION);
    }

    @Test
    void aComplementOpenedByABodysHeadIsThatBodysOwnName() {
        // "the Council" + "of the Organization of ...": the second body's name stays whole for the knowledge base
        List<EntityMention> ms = names.find("""
                WASHINGTON , Jan 11 ( AP ) - The Council of the Organization of American States met in emergency session \
                in Washington on Monday night.
                """);
        assertHas(ms, "Organization of American States", EntityType.ORGANIZATION);
    }
}
