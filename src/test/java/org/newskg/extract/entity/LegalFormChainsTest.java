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
 * A legal-form suffix ("GmbH", "AG", "plc") makes the whole capitalized chain before it one company, hyphenated
 * founders' names included, even with no price or market cue near. Sentences written for this test; the companies
 * and places are invented.
 */
class LegalFormChainsTest {

    private static ShippedRecognizer names;

    @BeforeAll
    static void load() {
        names = new ShippedRecognizer(LocalDate.of(1996, 9, 13));
    }

    @Test
    void aHyphenatedChainTheTaggerMisreadsBeforeGmbhIsOneCompany() {
        // The tagger reads the unknown founders' names as verbs.
        List<EntityMention> ms = names.find("""
                STRELSAU 1996-09-13

                Doe approved the takeover of aerospace group Krassnitz-Varnow-Strelitz GmbH on Friday .
                """);
        assertHas(ms, "Krassnitz-Varnow-Strelitz GmbH", EntityType.ORGANIZATION);
        assertNotA(ms, "Strelitz GmbH", EntityType.ORGANIZATION);
    }

    @Test
    void aLowerCasePlcClosesTheNameBeforeIt() {
        List<EntityMention> ms = names.find("""
                STRELSAU 1996-09-13

                The approval came after Harlow-Pike plc said its chief executive would resign .
                """);
        assertHas(ms, "Harlow-Pike plc", EntityType.ORGANIZATION);
        assertNotA(ms, "Harlow", EntityType.PLACE);
    }
}
