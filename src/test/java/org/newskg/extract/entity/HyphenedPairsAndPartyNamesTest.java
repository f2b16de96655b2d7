package org.newskg.extract.entity;

import static org.newskg.extract.entity.ShippedRecognizer.assertHas;
import static org.newskg.extract.entity.ShippedRecognizer.assertNotA;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newskg.extract.EntityMention;
import org.newskg.kb.EntityType;

/**
 * Recognition errors of the twelfth blind wire set (wire-dev12), with the shipped model: a given name hyphened to one
 * capitalized word alone is no person, a name after "the" and before "party" is a group, and a ministry's two-word
 * portfolio goes on over "and" and one closing word. Sentences written for this test; the names are invented.
 */
class HyphenedPairsAndPartyNamesTest {

    private static final ShippedRecognizer NAMES = new ShippedRecognizer(LocalDate.of(2006, 3, 3));

    @Test
    void aGivenNameHyphenedToOneCapitalizedWordIsNoPerson() {
        List<EntityMention> ms = NAMES.find("Maria-Kessler and Holvane said in statements their cars used no such device.");
        assertNotA(ms, "Maria-Kessler", EntityType.PERSON);
    }

    @Test
    void aNameAfterTheAndBeforePartyIsAGroup() {
        List<EntityMention> ms = NAMES.find("Voters backed the opposition Jan Sangh party in the northern states.");
        assertNotA(ms, "Jan Sangh", EntityType.PERSON);
        assertHas(ms, "Jan Sangh", EntityType.ORGANIZATION);
        ms = NAMES.find("Voters backed the opposition Karam Dal party in the northern states.");
        assertNotA(ms, "Karam Dal", EntityType.PERSON);
    }

    @Test
    void aMinistrysTwoWordPortfolioGoesOnOverAnd() {
        List<EntityMention> ms = NAMES.find(
                "A spokesman for the Ministry of Foreign Trade and Industry said exports of such players would grow.");
        assertHas(ms, "Ministry of Foreign Trade and Industry", EntityType.ORGANIZATION);
        ms = NAMES.find("The Bank of New Strelsau and Varnow said rates would rise.");
        assertNotA(ms, "Bank of New Strelsau and Varnow", EntityType.ORGANIZATION);
    }
}
