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
 * The bodies people speak for in wire copy, with the shipped model: a firm named after its founders after "Jane Roe
 * of" is no second person, and a union confederation's name ends in its head ("Confederation"). Sentences written for this test; the names are invented.
 */
class BodiesOfSpeakersTest {

    private static ShippedRecognizer names;

    @BeforeAll
    static void load() {
        names = new ShippedRecognizer(LocalDate.of(1995, 10, 24));
    }

    @Test
    void aFirmNamedAfterItsFoundersAfterAnAnalystIsNoPerson() {
        List<EntityMention> ms = names.find("""
                DAYTON 1995-10-24

                " The tissue business is still digesting the merger , " said Margaret Olsted of Dean Harwell Vessey .
                """);
        assertHas(ms, "Margaret Olsted", EntityType.PERSON);
        assertHas(ms, "Dean Harwell Vessey", EntityType.ORGANIZATION);
        assertNotA(ms, "Dean Harwell Vessey", EntityType.PERSON);
    }

    @Test
    void aConfederationIsABody() {
        List<EntityMention> ms = names.find("""
                STRELSAU 2001-12-20

                Hector Brava of the General Confederation of Labour called another general strike .
                """);
        assertHas(ms, "General Confederation of Labour", EntityType.ORGANIZATION);
    }
}
