package org.newskg.extract.entity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.newskg.extract.entity.ShippedRecognizer.assertHas;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newskg.extract.EntityMention;
import org.newskg.kb.EntityType;

/**
 * All-caps headlines of the kind the fourth wire-news development set (wire-dev4) showed: the model runs a place or a
 * body on through the headline's verb ("GHANA OPPOSITION CLAIMS VICTORY"); the name ends before the verb and its
 * subject noun, and keeps its own head ("KOREA DEVELOPMENT BANK"). Headlines written for this test.
 */
class HeadlineVerbTest {

    private static ShippedRecognizer names;

    @BeforeAll
    static void load() {
        names = new ShippedRecognizer(LocalDate.of(1996, 5, 2));
    }

    private static void assertNoMentionContains(List<EntityMention> ms, String word) {
        assertFalse(ms.stream().anyMatch(m -> m.text().contains(word)), word + " should be in no name: " + ms);
    }

    @Test
    void aPlaceEndsBeforeTheHeadlineSubjectAndVerb() {
        List<EntityMention> ms = names.find("""
                KENYA OPPOSITION REJECTS BUDGET

                NAIROBI 1996-05-02

                The opposition in Kenya rejected the budget on Thursday.
                """);
        assertHas(ms, "KENYA", EntityType.PLACE);
        assertNoMentionContains(ms, "REJECTS");
        assertNoMentionContains(ms, "OPPOSITION");
    }

    @Test
    void aPlaceEndsBeforeANounCompoundAndTheVerb() {
        List<EntityMention> ms = names.find("""
                MALAYSIA FLOOD TOLL RISES TO 40

                KUALA LUMPUR 1996-05-02

                Floods in Malaysia have killed 40 people, police said.
                """);
        assertHas(ms, "MALAYSIA", EntityType.PLACE);
        assertNoMentionContains(ms, "TOLL");
    }

    @Test
    void aBodyKeepsItsHeadBeforeTheVerb() {
        List<EntityMention> ms = names.find("""
                KOREA DEVELOPMENT BANK RAISES LOAN

                SEOUL 1996-05-02

                The state lender said it had raised a syndicated loan of $500 million.
                """);
        assertHas(ms, "KOREA DEVELOPMENT BANK", EntityType.ORGANIZATION);
        assertNoMentionContains(ms, "RAISES");
    }
}
