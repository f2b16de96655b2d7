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
 * Companies in a market report, with the shipped model: a name whose share price moves is a company, also when it opens
 * with a given name ("Beverly-Haskett"), when the move is in percent, and when it is named after two founders joined
 * by "and" ("Harlow and Pike fell 6 pence"). Sentences written for this test; the names are invented.
 */
class MarketMoverNamesTest {

    private static ShippedRecognizer names;

    @BeforeAll
    static void load() {
        names = new ShippedRecognizer(LocalDate.of(1995, 10, 24));
    }

    @Test
    void aHyphenatedNameOpeningWithAGivenNameIsACompanyWhenItsPriceMoves() {
        List<EntityMention> ms = names.find("""
                MARLOWE-DUNN PROFIT RISES , BEVERLY-HASKETT SLIPS

                DAYTON 1995-10-24

                Marlowe-Dunn Co. said on Tuesday third-quarter profit rose 8 percent as toothpaste sales in Asia offset \
                weak soap sales in Europe.

                Marlowe-Dunn rose 1-1/8 to 68-3/4, while Beverly-Haskett fell 7/8 after a broker cut its rating on the \
                paper maker.
                """);
        assertHas(ms, "Beverly-Haskett", EntityType.ORGANIZATION);
        assertNotA(ms, "Beverly-Haskett", EntityType.PERSON);
    }

    @Test
    void aNameRisingInPercentIsACompany() {
        List<EntityMention> ms = names.find("""
                DAYTON 1995-10-24

                Carol Tennant rose 3 percent in early trade after the toy maker raised its forecast.
                """);
        assertHas(ms, "Carol Tennant", EntityType.ORGANIZATION);
        assertNotA(ms, "Carol Tennant", EntityType.PERSON);
    }

    @Test
    void twoFoundersNamesBeforeAPriceMoveAreOneCompany() {
        List<EntityMention> ms = names.find("""
                LONDON 1995-10-24

                Harlow and Pike fell 6 pence on worries about sugar prices.
                """);
        assertHas(ms, "Harlow and Pike", EntityType.ORGANIZATION);
        assertNotA(ms, "Harlow", EntityType.PLACE);
    }

    @Test
    void salesRisingInPercentAreNoName() {
        List<EntityMention> ms = names.find("""
                DAYTON 1995-10-24

                Sales rose 8 percent and exports fell 2 percent in the quarter.
                """);
        assertNotA(ms, "Sales", EntityType.ORGANIZATION);
    }
}
