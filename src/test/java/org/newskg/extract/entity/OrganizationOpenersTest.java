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
 * The first words of bodies' and companies' names that are common words on their own: a capitalized determiner
 * opening a party's name mid-sentence ("the All Workers Congress"). Sentences and names invented for this test.
 */
class OrganizationOpenersTest {

    private static ShippedRecognizer names;

    @BeforeAll
    static void load() {
        names = new ShippedRecognizer(LocalDate.of(2015, 4, 1));
    }

    @Test
    void aCapitalizedCommonWordOpensAPartyNameMidSentence() {
        List<EntityMention> ms = names.find("""
                STRELSAU, April 1 (Reuters) - Voters in Ruritania handed victory to the opposition All Workers \
                Congress on Wednesday, ending the ruling party's 16 years in power.
                """);
        assertHas(ms, "All Workers Congress", EntityType.ORGANIZATION);
        assertNotA(ms, "Workers Congress", EntityType.ORGANIZATION);
    }
}
