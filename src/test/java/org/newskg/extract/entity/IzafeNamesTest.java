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
 * Names joined by a lower-case connector between hyphens ("Lashkar-e-Taiba", "Hizb-ul-Mujahideen") are one name, not
 * the capitalized word after the last hyphen. Sentences written for this test.
 */
class IzafeNamesTest {

    private static ShippedRecognizer names;

    @BeforeAll
    static void load() {
        names = new ShippedRecognizer(LocalDate.of(2008, 12, 3));
    }

    @Test
    void aNameJoinedByAConnectorIsOneName() {
        List<EntityMention> ms = names.find("""
                NEW DELHI, Dec 3 (AFP) - Indian officials have blamed Lashkar-e-Taiba, a militant group based in Pakistan, \
                for the attacks. Police said members of Hizb-ul-Mujahideen had been arrested in Srinagar.
                """);
        assertHas(ms, "Lashkar-e-Taiba", EntityType.ORGANIZATION);
        assertNotA(ms, "Taiba", EntityType.ORGANIZATION);
        assertHas(ms, "Hizb-ul-Mujahideen", EntityType.ORGANIZATION);
    }

    @Test
    void overlappingMentionsDoNotFailTheArticle() {
        String article = "Shares of Banco Central do Ruritania rose.";
        EntityMention bank = new EntityMention(10, 36, "Banco Central do Ruritania", 0, EntityType.ORGANIZATION,
                "Banco Central do Ruritania", null, "pattern:test", 0.9);
        EntityMention place = new EntityMention(27, 36, "Ruritania", 0, EntityType.COUNTRY, "Ruritania", null, "model:ner", 0.5);
        assertEquals(2, IzafeNames.join(article, List.of(bank, place)).size());
    }
}
