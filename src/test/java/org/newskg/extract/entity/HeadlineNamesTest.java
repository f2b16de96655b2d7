package org.newskg.extract.entity;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newskg.extract.entity.ShippedRecognizer.assertHas;
import static org.newskg.extract.entity.ShippedRecognizer.assertNotA;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newskg.extract.EntityMention;
import org.newskg.kb.EntityType;

/**
 * The names of an all-caps headline are those the story spells out below it ({@link HeadlineNames}): a family name the
 * model joined to the verb, typed as a town or missed, a company named without its legal suffix, a place. Headlines and
 * stories written for this test.
 */
class HeadlineNamesTest {

    private static ShippedRecognizer names;

    @BeforeAll
    static void load() {
        names = new ShippedRecognizer(LocalDate.of(1997, 3, 4));
    }

    @Test
    void aFamilyNameBeforeTheVerbIsThePersonOfTheStory() {
        List<EntityMention> ms = names.find("""
                KOVALSKA SWORN IN AS PRESIDENT

                STRELSAU, March 4 (Reuters) - Marta Kovalska was sworn in as president of Ruritania on Tuesday, a week \
                after parliament elected her.

                Kovalska promised to fight corruption.
                """);
        assertHas(ms, "KOVALSKA", EntityType.PERSON);
    }

    @Test
    void aFamilyNameThatIsAlsoATownIsThePersonOfTheStory() {
        List<EntityMention> ms = names.find("""
                OPPOSITION CLAIMS LEAD AS ARUSHA GAINS IN NORTH

                STRELSAU, March 4 (Reuters) - The opposition said on Tuesday its candidate Joseph Arusha was ahead in \
                most northern states as results came in.

                Arusha's spokesman said the count was fair.
                """);
        assertHas(ms, "ARUSHA", EntityType.PERSON);
        assertNotA(ms, "ARUSHA", EntityType.PLACE);
    }

    @Test
    void aCompanyWithoutItsLegalSuffixIsTheCompanyOfTheStory() {
        List<EntityMention> ms = names.find("""
                GRAUSTARK IRON AND STEEL 1996 PROFIT UP 43 PCT

                STRELSAU 1997-03-04

                Graustark Iron and Steel Co said on Tuesday its 1996 net profit rose 43 percent on strong demand from \
                shipbuilders.
                """);
        assertHas(ms, "GRAUSTARK IRON AND STEEL", EntityType.ORGANIZATION);
    }

    @Test
    void anAcronymOfTheStoryIsItsNameInTheHeadline() {
        List<EntityMention> ms = names.find("""
                VMX ZINC FALLS ON HEAVY SELLING

                STRELSAU, March 4 (Reuters) - Zinc prices fell on the Valdor Metal Exchange on Tuesday as traders \
                sold and stocks in VMX warehouses rose again.
                """);
        assertTrue(ms.stream().anyMatch(m -> m.sentence() == 0 && m.text().equals("VMX")
                && m.type().root() == EntityType.ORGANIZATION), ms::toString); // the headline's, not the body's
    }

    @Test
    void aCommonWordTheKnowledgeBaseAloneCallsAPersonIsTheWord() {
        List<EntityMention> ms = names.find("""
                RURITANIA , REBELS BEGIN PEACE TALKS IN CATHEDRAL

                STRELSAU, March 4 (AP) - Masked rebel leaders sat down with a government envoy on Tuesday in the \
                cathedral of this mountain town.
                """);
        assertNotA(ms, "BEGIN", EntityType.PERSON);
    }
}
