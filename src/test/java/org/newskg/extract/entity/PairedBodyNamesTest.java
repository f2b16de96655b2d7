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
 * Bodies whose names hold "and", in wire copy (wire-dev9), with the shipped model: a fixed pair of English inside a
 * name ("Law and Order") does not cut it in two, and a name repeated across "and" is one company whatever verb
 * follows. Sentences written for this test; the names are invented.
 */
class PairedBodyNamesTest {

    private static ShippedRecognizer names;

    @BeforeAll
    static void load() {
        names = new ShippedRecognizer(LocalDate.of(1996, 7, 30));
    }

    @Test
    void aFixedPairInsideABodysNameDoesNotCutIt() {
        List<EntityMention> ms = names.find("""
                OSTROV , July 30 ( Reuters ) - The Provisional Law and Order Restoration Council arrested 40 students \
                on Tuesday, state radio said.
                """);
        assertHas(ms, "Provisional Law and Order Restoration Council", EntityType.ORGANIZATION);
    }

    @Test
    void aNameRepeatedAcrossAndIsOneCompany() {
        List<EntityMention> ms = names.find("""
                DAYTON 1996-07-30

                Shares of Kestrel Blades rose 2 percent, and Venner and Venner was flat.
                """);
        assertHas(ms, "Venner and Venner", EntityType.ORGANIZATION);
        assertNotA(ms, "Venner", EntityType.PERSON);
    }
}
