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
 * Names the model took for people that the words around them say are none: a sentence's first "The" before a group,
 * a group before "insurgency" or "militants", an acronym in running text, a nationality word two states share
 * ("Korean"). Stories written for this test.
 */
class NonPersonReadingsTest {

    private static ShippedRecognizer names;

    @BeforeAll
    static void load() {
        names = new ShippedRecognizer(LocalDate.of(2015, 3, 31));
    }

    @Test
    void aGroupBeforeANounOfArmedGroupsIsNoPerson() {
        List<EntityMention> ms = names.find("""
                LAGOS, March 31 (Testwire) - Buhari has promised to crush the Boko Haram insurgency in the northeast.
                """);
        assertHas(ms, "Boko Haram", EntityType.ORGANIZATION);
        assertNotA(ms, "Boko Haram", EntityType.PERSON);
    }

    @Test
    void anAcronymInRunningTextIsNoPerson() {
        List<EntityMention> ms = names.find("""
                SEOUL, Dec 24 (Testwire) - Seoul threatened to scrap an intelligence-sharing pact, known as GSOMIA, before reversing course.
                """);
        assertNotA(ms, "GSOMIA", EntityType.PERSON);
    }

    @Test
    void aNationalityWordTwoStatesShareIsNoPerson() {
        List<EntityMention> ms = names.find("""
                BEIJING, Dec 23 (Testwire) - Xi called for closer cooperation on the Korean peninsula. The Koreans left early.
                """);
        assertHas(ms, "Korean", EntityType.NATIONALITY);
        assertHas(ms, "Koreans", EntityType.NATIONALITY);
    }

    @Test
    void aSentencesFirstTheIsNoPartOfTheName() {
        List<EntityMention> ms = names.find("""
                KABUL, Aug 20 (Testwire) - Taliban militants fired rockets at several towns.

                The Taliban had threatened to attack polling stations.
                """);
        assertNotA(ms, "The Taliban", EntityType.ORGANIZATION);
        assertHas(ms, "Taliban", EntityType.ORGANIZATION);
    }
}
