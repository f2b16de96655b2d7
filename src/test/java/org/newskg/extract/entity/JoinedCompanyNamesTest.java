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
 * Companies named after two founders ("X and Y") in wire copy (wire-dev9), with the shipped model: a singular "its",
 * "it" or verb takes the two names as one company, wherever the story repeats it and in its all-caps headline; a
 * plural pronoun keeps two companies apart. Sentences written for this test; the companies are invented.
 */
class JoinedCompanyNamesTest {

    private static ShippedRecognizer names;

    @BeforeAll
    static void load() {
        names = new ShippedRecognizer(LocalDate.of(2005, 1, 28));
    }

    @Test
    void aSingularVerbTakesTwoFoundersNamesAsOneCompany() {
        List<EntityMention> ms = names.find("""
                DAYTON , Jan 28 ( Reuters ) - Harlow and Pike said on Friday it would buy razor maker Kestrel Blades \
                for about 5 billion dollars in stock.

                Analysts said Harlow and Pike paid too much. Venner and Venner has cut its forecast, while Dravik and \
                Solent said their profits rose.
                """);
        assertHas(ms, "Harlow and Pike", EntityType.ORGANIZATION);
        assertNotA(ms, "Harlow", EntityType.PERSON);
        assertHas(ms, "Venner and Venner", EntityType.ORGANIZATION);
        assertNotA(ms, "Dravik and Solent", EntityType.ORGANIZATION);
    }

    @Test
    void theHeadlineTakesTheWholeNameOverItsShortForm() {
        List<EntityMention> ms = names.find("""
                HARLOW AND PIKE TO BUY KESTREL

                DAYTON 2005-01-28

                Harlow and Pike Co. said on Friday it would buy razor maker Kestrel Co. for about 5 billion dollars.

                Kestrel shareholders will receive 0.975 of a Harlow share for each share they hold.
                """);
        assertHas(ms, "HARLOW AND PIKE", EntityType.ORGANIZATION);
    }

    @Test
    void aPersonWithADoubleBarrelledNameIsNoPartOfTheBodyAfterOf() {
        List<EntityMention> ms = names.find("""
                DAYTON 2005-01-28

                " This gives the group the razors it never had , " said Wendy Harlow-Marsh of Davenport and Co. in Dayton .
                """);
        assertHas(ms, "Wendy Harlow-Marsh", EntityType.PERSON);
        assertHas(ms, "Davenport and Co.", EntityType.ORGANIZATION);
    }
}
