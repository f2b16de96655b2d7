package org.newskg.extract.entity;

import static org.newskg.extract.entity.ShippedRecognizer.assertHas;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newskg.extract.EntityMention;
import org.newskg.kb.EntityType;

/**
 * Companies named with "&" and no other cue, in wire copy (wire-dev10), with the shipped model: two capitalized words
 * joined by "&" are one company whatever verb follows, and so are two initials joined by "&". Sentences written for
 * this test; the names are invented.
 */
class AmpersandCompanyNamesTest {

    private static ShippedRecognizer names;

    @BeforeAll
    static void load() {
        names = new ShippedRecognizer(LocalDate.of(2008, 3, 17));
    }

    @Test
    void twoNamesJoinedByAnAmpersandAreOneCompany() {
        List<EntityMention> ms = names.find("""
                STOCKHOLM , March 17 ( Reuters ) - Swedish fashion retailer Varnholm & Lidgren said sales rose 9 percent \
                in February , below forecasts .
                """);
        assertHas(ms, "Varnholm & Lidgren", EntityType.ORGANIZATION);
    }

    @Test
    void initialsJoinedByAnAmpersandAreACompany() {
        List<EntityMention> ms = names.find("""
                STOCKHOLM , March 17 ( Reuters ) - Shares in the retailer fell 4 percent .

                V&L , controlled by the Lidgren family , plans 225 new stores this year .
                """);
        assertHas(ms, "V&L", EntityType.ORGANIZATION);
    }
}
