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
 * A family name in an all-caps headline that the model took for a body ("AYLWIN NAMES CABINET" in the fourth wire-news
 * development set) is the person the story names in full. Headlines and stories written for this test.
 */
class ShoutedShortFormTest {

    private static ShippedRecognizer names;

    @BeforeAll
    static void load() {
        names = new ShippedRecognizer(LocalDate.of(1993, 8, 10));
    }

    @Test
    void aShoutedFamilyNameTheModelTypedOtherwiseIsThePersonOfTheStory() {
        List<EntityMention> ms = names.find("""
                PARAGUAY'S WASMOSY NAMES CABINET

                ASUNCION, Aug 10 (Reuter) - Paraguay's president-elect Juan Carlos Wasmosy named a cabinet on Monday.
                """);
        assertHas(ms, "WASMOSY", EntityType.PERSON);
        assertNotA(ms, "WASMOSY", EntityType.ORGANIZATION);
    }

    @Test
    void aShoutedFamilyNameAfterACountryIsThePersonToo() {
        List<EntityMention> ms = names.find("""
                URUGUAY'S LACALLE NAMES CABINET

                MONTEVIDEO, Feb 20 (Reuter) - Uruguay's president-elect Luis Alberto Lacalle named a 12-member cabinet on Tuesday.
                """);
        assertHas(ms, "LACALLE", EntityType.PERSON);
    }
}
