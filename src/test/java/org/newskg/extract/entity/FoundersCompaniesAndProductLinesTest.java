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
 * Classes left open after wire-dev15 and seen again in wire-dev16, with the shipped model: a company named after its
 * founder (given name and all) described in apposition as a maker, brewer or law firm; a descriptor followed by "at";
 * an acronym and a longer company name coordinated by "and"; a product line's roman numeral. Sentences written for
 * this test; every name is invented.
 */
class FoundersCompaniesAndProductLinesTest {

    private static ShippedRecognizer names;

    @BeforeAll
    static void load() {
        names = new ShippedRecognizer(LocalDate.of(1998, 9, 14));
    }

    @Test
    void aFoundersNameDescribedAsAMakerOrBrewerIsACompany() {
        List<EntityMention> ms = names.find("""
                Her company is in trouble .

                Martha Kessel , the frozen pie maker , said on Tuesday it would cut 200 jobs .

                Castell Weiss , the brewer of Zenda Gold lager , said sales rose 4 percent .
                """);
        assertHas(ms, "Martha Kessel", EntityType.ORGANIZATION);
        assertNotA(ms, "Martha Kessel", EntityType.PERSON);
        assertHas(ms, "Castell Weiss", EntityType.ORGANIZATION);
        assertNotA(ms, "Castell Weiss", EntityType.PERSON);
    }

    @Test
    void aDescriptorBeforeAtStillDescribesTheName() {
        List<EntityMention> ms = names.find("""
                STRELSAU , April 4 ( Reuters ) - Velkor Harrow , the Ruritanian law firm at the centre of the inquiry , \
                denied any wrongdoing on Monday .
                """);
        assertHas(ms, "Velkor Harrow", EntityType.ORGANIZATION);
        assertNotA(ms, "Velkor Harrow", EntityType.PERSON);
    }

    @Test
    void peopleDescribedByTheirPostOrPartyStayPeople() {
        List<EntityMention> ms = names.find("""
                John Doe , the chairman of the firm , said profits would rise .

                Anna Varga , the party 's leader , said she would resign .
                """);
        assertHas(ms, "John Doe", EntityType.PERSON);
        assertHas(ms, "Anna Varga", EntityType.PERSON);
    }

    @Test
    void anAcronymAndALongerCompanyAreTwoCompanies() {
        List<EntityMention> ms = names.find("""
                Analysts at KBX and Strelsau Bank Corp said the price was fair .
                """);
        assertHas(ms, "KBX", EntityType.ORGANIZATION);
        assertHas(ms, "Strelsau Bank Corp", EntityType.ORGANIZATION);
        assertNotA(ms, "KBX and Strelsau Bank Corp", EntityType.ORGANIZATION);
    }

    @Test
    void aProductLinesRomanNumeralIsPartOfAProduct() {
        List<EntityMention> ms = names.find("""
                The new notebook uses Velkor 's Zephon II chip .
                """);
        assertHas(ms, "Zephon II", EntityType.WORK);
        assertNotA(ms, "Zephon II", EntityType.ORGANIZATION);
        assertNotA(ms, "Zephon II", EntityType.PERSON);
    }
}
