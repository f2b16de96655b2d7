package org.newskg.extract.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newskg.extract.entity.ShippedRecognizer.assertHas;
import static org.newskg.extract.entity.ShippedRecognizer.assertNotA;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newskg.extract.EntityMention;
import org.newskg.kb.EntityType;

/**
 * Wire-copy classes of the sixth wire-news development set (wire-dev6) and those left open by the fifth, with the
 * shipped model: buildings named by a building's head word, seas and gulfs named "HEAD of X". Sentences written for
 * this test; the guest house, the ships and the reporters are invented.
 */
class WirePlacesAndPeoplesTest {

    private static ShippedRecognizer names;

    @BeforeAll
    static void load() {
        names = new ShippedRecognizer(LocalDate.of(1994, 5, 10));
    }

    @Test
    void aBuildingsHeadWordBeatsTheModelsBody() {
        List<EntityMention> ms = names.find("""
                PRETORIA , May 10 ( Reuters ) - President Nelson Mandela was sworn in at the Union Buildings in Pretoria \
                on Tuesday, and his guests later dined at the Hanazono State Guest House in Tokyo.
                """);
        for (String building : List.of("Union Buildings", "Hanazono State Guest House")) {
            assertHas(ms, building, EntityType.PLACE);
            assertEquals(EntityType.FACILITY, ShippedRecognizer.mention(ms, building, EntityType.PLACE).type(), building);
            assertNotA(ms, building, EntityType.ORGANIZATION);
        }
    }

    @Test
    void aSeaNamedHeadFirstIsOnePlace() {
        List<EntityMention> ms = names.find("""
                ISTANBUL , May 10 ( Reuters ) - A tanker sank in the Sea of Marmara on Tuesday after colliding with a \
                freighter bound for the Gulf of Aden, port officials said.
                """);
        assertHas(ms, "Sea of Marmara", EntityType.PLACE);
        assertNotA(ms, "Marmara", EntityType.PLACE);
    }

    @Test
    void aMilitaryRankBeforeOneWordIsNoPartOfTheName() {
        List<EntityMention> ms = names.find("""
                JAKARTA , May 10 ( Reuters ) - Army chief General Sutarno said the military would protect the president,                 and General Motors said it would close its plant there.
                """);
        assertHas(ms, "Sutarno", EntityType.PERSON);
        assertNotA(ms, "General Sutarno", EntityType.PERSON);
        assertNotA(ms, "Motors", EntityType.PERSON);
    }

    @Test
    void aCreditLinesReportersArePeopleAndTheirCitiesPlaces() {
        List<EntityMention> ms = names.find("""
                BERLIN , May 10 ( Reuters ) - The two governments signed the energy accord on Tuesday.

                (Reporting by Karla Weidenfeld in Berlin and Marisa Taquaritinga in Brasilia; Editing by Mark Heinrich)
                """);
        for (String person : List.of("Karla Weidenfeld", "Marisa Taquaritinga", "Mark Heinrich")) {
            assertHas(ms, person, EntityType.PERSON);
            assertNotA(ms, person, EntityType.PLACE);
        }
        assertHas(ms, "Brasilia", EntityType.PLACE);
        assertNotA(ms, "Marisa Taquaritinga in Brasilia", EntityType.PLACE);
    }

    @Test
    void listedPeoplesAreNationalityWords() {
        List<EntityMention> ms = names.find("""
                STRELSAU , May 10 ( AP ) - Results of Scottish premier division matches on Saturday were delayed, and \
                Mayan peasants marched with an Ijaw leader.
                """);
        assertHas(ms, "Scottish", EntityType.NATIONALITY);
        assertHas(ms, "Mayan", EntityType.NATIONALITY);
        assertHas(ms, "Ijaw", EntityType.NATIONALITY);
    }
}
