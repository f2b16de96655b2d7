package org.newskg.extract.entity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.newskg.extract.entity.ShippedRecognizer.assertHas;
import static org.newskg.extract.entity.ShippedRecognizer.mention;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newskg.extract.EntityMention;
import org.newskg.kb.EntityType;

/**
 * Names in wire copy with the shipped model, on sentences written for this test: date words after a place or a
 * building, dateline places, unknown acronyms after "the", and companies told from people by "its" or by a head
 * word after a first word the tagger misreads.
 */
class WireCopyNamesTest {

    private static ShippedRecognizer names;

    @BeforeAll
    static void load() {
        names = new ShippedRecognizer(LocalDate.of(2025, 6, 2));
    }

    private static List<EntityMention> find(String body) {
        return names.find(body);
    }

    private static void assertNoMentionWith(List<EntityMention> ms, String word) {
        assertFalse(ms.stream().anyMatch(m -> m.text().contains(word)), word + " should be in no mention: " + ms);
    }

    @Test
    void aWeekdayOrAMonthAfterAPlaceOrABuildingIsNoPartOfIt() {
        List<EntityMention> ms = find("""
                Regional leaders gathered in the Egyptian resort of Sharm el-Sheikh on Monday to discuss the truce. \
                The delegation landed at Kuala Lumpur International Airport on Feb. 3 and flew on to Phnom Penh on \
                Sunday.
                """);
        assertHas(ms, "Sharm el-Sheikh", EntityType.PLACE);
        assertHas(ms, "Kuala Lumpur International Airport", EntityType.PLACE);
        assertNoMentionWith(ms, "Monday");
        assertNoMentionWith(ms, "Feb");
        assertNoMentionWith(ms, "Sunday");
    }

    @Test
    void theCapitalsOpeningADatelineNameAPlace() {
        List<EntityMention> ms = find("""
                SHARM EL-SHEIKH, Egypt, Oct 17 (Reuters) - Arab foreign ministers met on Monday to prepare the summit.

                NAIROBI, Kenya (AP) - Kenyan police said they had arrested 20 people.
                """);
        assertHas(ms, "SHARM EL-SHEIKH", EntityType.PLACE);
        assertFalse(ms.stream().anyMatch(m -> m.text().contains("SHARM") && m.type().root() == EntityType.PERSON), ms.toString());
        EntityMention nairobi = mention(ms, "NAIROBI", EntityType.PLACE);
        assertNotNull(nairobi, ms.toString());
        assertNotNull(nairobi.kbQid(), "a dateline place the knowledge base knows keeps its entry: " + nairobi);
    }

    @Test
    void anUnknownAcronymAfterTheNamesAnOrganizationButAShoutedWordOrACommonAcronymDoesNot() {
        List<EntityMention> ms = find("""
                Officials of the KNPF met envoys of the UDRA in the capital on Tuesday. The CEO of the bank said \
                the GDP figures were weak, and the BEST outcome would be a deal.
                """);
        assertHas(ms, "KNPF", EntityType.ORGANIZATION);
        assertHas(ms, "UDRA", EntityType.ORGANIZATION);
        assertNoMentionWith(ms, "CEO");
        assertNoMentionWith(ms, "GDP");
        assertNoMentionWith(ms, "BEST");
    }

    @Test
    void aNameWhoseVerbTakesItsIsACompany() {
        List<EntityMention> ms = find("""
                Norvantis said its quarterly sales fell 4 percent. Halvorsen Vekst has also raised its forecast, \
                while Ingrid Halvorsen said her family would keep its stake.
                """);
        assertHas(ms, "Norvantis", EntityType.ORGANIZATION);
        assertHas(ms, "Halvorsen Vekst", EntityType.ORGANIZATION);
        assertHas(ms, "Ingrid Halvorsen", EntityType.PERSON);
    }

    @Test
    void aFirstWordBeforeAChiefExecutiveIsACompanyUnlessItIsCommonEnglish() {
        List<EntityMention> ms = find("""
                Vodafone chief executive Vittorio Colao said the deal was done.
                Group chief executive Marta Lindqvist said the unit would be sold.
                """);
        assertHas(ms, "Vodafone", EntityType.ORGANIZATION);
        assertNoMentionWith(ms, "Group");
    }

    @Test
    void aPlaceAfterAStrongCueIsNoPersonInAppositionBeforeARoleNoun() {
        List<EntityMention> ms = find("""
                Foreign ministers met in the Bali resort of Nusa Dua, Indonesia's foreign minister said. Nusa Dua was \
                sealed off by police.
                """);
        assertHas(ms, "Nusa Dua", EntityType.PLACE);
        assertFalse(ms.stream().anyMatch(m -> m.text().equals("Nusa Dua") && m.type().root() == EntityType.PERSON), ms.toString());
    }

    @Test
    void twoOrThreeProperNounsBeforeAnAgeBetweenCommasAreAPerson() {
        List<EntityMention> ms = find("""
                Witnesses said Oyelaran Adewumi, 38, was taken away by soldiers. Funmilayo Bakare, 61, and Tunde \
                Bakare, 64, were rescued. Shares of Kessler Holdings, 12, rose.
                """);
        assertHas(ms, "Oyelaran Adewumi", EntityType.PERSON);
        assertHas(ms, "Funmilayo Bakare", EntityType.PERSON);
        assertHas(ms, "Tunde Bakare", EntityType.PERSON);
        assertFalse(ms.stream().anyMatch(m -> m.text().contains("Kessler") && m.type().root() == EntityType.PERSON), ms.toString());
    }

    @Test
    void aCompanySuffixKeepsItsNameAndItsDotWhateverTheTaggerAndTheSentenceSplitterSay() {
        List<EntityMention> ms = find("""
                Japanese engineering firm Takane Corp. said on Monday it had won the order. Shares in Takane Corp. \
                (1963.T) rose 5 percent, and Morishita Kogyo Co. said it would bid.
                """);
        assertTrue(ms.stream().filter(m -> m.text().startsWith("Takane")).count() == 2
                && ms.stream().filter(m -> m.text().startsWith("Takane")).allMatch(m -> m.text().equals("Takane Corp.")
                        && m.type().root() == EntityType.ORGANIZATION), ms.toString());
        assertHas(ms, "Morishita Kogyo Co.", EntityType.ORGANIZATION);
    }

    @Test
    void aCompanyOpeningASentenceIsFoundThoughTheTaggerCallsItsFirstWordAPronoun() {
        List<EntityMention> ms = find("""
                Deutsche Telekom said on Tuesday it would cut 5,000 jobs in Germany.
                """);
        assertHas(ms, "Deutsche Telekom", EntityType.ORGANIZATION);
        assertTrue(ms.stream().noneMatch(m -> m.type().root() == EntityType.PERSON), ms.toString());
    }
}
