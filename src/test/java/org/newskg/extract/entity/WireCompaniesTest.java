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
 * Companies of market reports in wire copy (wire-dev5, wire-dev6, wire-dev11), with the shipped model: legal suffixes
 * after a name the knowledge base knows without them, names coordinated with one a descriptor opens, a descriptor
 * opening a sentence, an agency's lower-case head word, a legal suffix (also a lower-case "plc") closing a hyphenated
 * chain whose words the tagger misreads. Sentences written for this test; the companies other than Samsung are invented.
 */
class WireCompaniesTest {

    private static ShippedRecognizer names;

    @BeforeAll
    static void load() {
        names = new ShippedRecognizer(LocalDate.of(2006, 3, 3));
    }

    @Test
    void legalSuffixesAfterAKnownCompanyArePartOfIt() {
        List<EntityMention> ms = names.find("""
                SEOUL , March 3 ( Reuters ) - Samsung Electronics Co Ltd said on Friday its quarterly profit fell \
                14 percent on lower chip prices.
                """);
        assertHas(ms, "Samsung Electronics Co Ltd", EntityType.ORGANIZATION);
        assertNotA(ms, "Samsung Electronics Co", EntityType.ORGANIZATION);
    }

    @Test
    void namesCoordinatedAfterADescriptorAreCompanies() {
        List<EntityMention> ms = names.find("""
                MUMBAI , March 3 ( Reuters ) - Indian shares closed higher on Friday, led by software exporters \
                Kavitron and Zephlo and by carmakers Dravmotors , Ostara and Velquin, dealers said.
                """);
        for (String company : List.of("Kavitron", "Zephlo", "Dravmotors", "Ostara", "Velquin")) {
            assertHas(ms, company, EntityType.ORGANIZATION);
        }
    }

    @Test
    void aDescriptorOpeningASentenceIsNoPartOfTheName() {
        List<EntityMention> ms = names.find("""
                SYDNEY , March 3 ( Reuters ) - Australian shares closed higher on Friday.

                Miner Kestrel Mining lost five cents on weak nickel prices. Carmakers Holvane Motors and Tarrent \
                Motors eased two cents.
                """);
        assertHas(ms, "Kestrel Mining", EntityType.ORGANIZATION);
        assertNotA(ms, "Miner Kestrel Mining", EntityType.ORGANIZATION);
        assertHas(ms, "Holvane Motors", EntityType.ORGANIZATION);
        assertNotA(ms, "Carmakers Holvane Motors", EntityType.ORGANIZATION);
    }

    @Test
    void anAgencysLowerCaseHeadIsNoPartOfItsName() {
        List<EntityMention> ms = names.find("""
                BEIJING , March 3 ( Reuters ) - Floods have killed 40 people in central China, the official Xinhua                 news agency said on Friday.
                """);
        assertHas(ms, "Xinhua", EntityType.ORGANIZATION);
        assertEquals("Q204839", ShippedRecognizer.mention(ms, "Xinhua", EntityType.ORGANIZATION).kbQid());
        assertNotA(ms, "Xinhua news agency", EntityType.ORGANIZATION);
    }

    @Test
    void aHyphenatedChainTheTaggerMisreadsBeforeGmbhIsOneCompany() {
        // A legal suffix closes the whole hyphenated chain; the tagger reads the unknown founders' names as pronouns.
        List<EntityMention> ms = names.find("""
                STRELSAU 1996-09-13

                Doe approved the takeover of aerospace group Krassnitz-Varnow-Blohm GmbH on Friday .
                """);
        assertHas(ms, "Krassnitz-Varnow-Blohm GmbH", EntityType.ORGANIZATION);
        assertNotA(ms, "Blohm GmbH", EntityType.ORGANIZATION);
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
