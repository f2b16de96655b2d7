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
 * Wire copy, with the shipped model: two founders' names joined by "and" and described in apposition as one
 * shipbuilder are one company; a legislature's chamber named with "of" is a body. Sentences written for this test; the
 * names are invented.
 */
class ApposedCompaniesAndChambersTest {

    private static ShippedRecognizer names;

    @BeforeAll
    static void load() {
        names = new ShippedRecognizer(LocalDate.of(1997, 10, 14));
    }

    @Test
    void twoFoundersDescribedAsOneShipbuilderAreOneCompany() {
        List<EntityMention> ms = names.find("""
                STRELSAU , Oct 14 ( Reuters ) -

                Harlow and Pike , the Strelsau shipbuilder , said in a statement it had won an order for two tankers .
                """);
        assertHas(ms, "Harlow and Pike", EntityType.ORGANIZATION);
        assertNotA(ms, "Harlow", EntityType.PLACE);
    }

    @Test
    void twoCompaniesDescribedAsCarmakersStayApart() {
        List<EntityMention> ms = names.find("""
                STRELSAU , Oct 14 ( Reuters ) -

                Harlow and Pike , the two carmakers , said they would cut jobs .
                """);
        assertNotA(ms, "Harlow and Pike", EntityType.ORGANIZATION);
    }

    @Test
    void aHouseOfRepresentativesIsABody() {
        List<EntityMention> ms = names.find("""
                STRELSAU , July 2 ( UPI ) -

                The president signed the bill on Thursday evening , hours after the House of Representatives passed it \
                289 to 126 .
                """);
        assertHas(ms, "House of Representatives", EntityType.ORGANIZATION);
    }
}
