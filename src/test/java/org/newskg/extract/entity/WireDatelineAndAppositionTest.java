package org.newskg.extract.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.newskg.extract.entity.ShippedRecognizer.assertHas;
import static org.newskg.extract.entity.ShippedRecognizer.assertNotA;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newskg.extract.EntityMention;
import org.newskg.kb.EntityType;

/**
 * Wire-copy names of the classes the fifth wire-news development set (wire-dev5) showed, with the shipped model: a
 * dateline's capitals that the knowledge base also knows as a body, a tournament opening with a given name, a place
 * with a lower-case head after it, a company described after its name, unknown acronyms in wire copy, a hyphenated
 * family name after a title, a double given name before an apposition (wire-dev9). Sentences written for this test;
 * the companies, acronyms and people are invented.
 */
class WireDatelineAndAppositionTest {

    private static ShippedRecognizer names;

    @BeforeAll
    static void load() {
        names = new ShippedRecognizer(LocalDate.of(1997, 8, 25));
    }

    @Test
    void aDatelinesCapitalsAreItsPlaceNotTheBodyOfThatName() {
        List<EntityMention> ms = names.find("UNITED NATIONS, June 15 (Reuters) - The Security Council met on Tuesday.");
        assertHas(ms, "UNITED NATIONS", EntityType.PLACE);
        assertNotA(ms, "UNITED NATIONS", EntityType.ORGANIZATION);
    }

    @Test
    void aDatelineTownTheKnowledgeBaseLacksIsThatPlaceInTheStoryToo() {
        List<EntityMention> ms = names.find("""
                KAVALONI, Ruritania, July 9 (AFP) - Leaders agreed on Wednesday to halve emissions.
                The host, who held the summit at a lakeside hotel in Kavaloni, called it a step forward.
                """);
        List<EntityMention> town = ms.stream().filter(m -> m.text().equalsIgnoreCase("Kavaloni")).toList();
        assertEquals(2, town.size(), ms.toString());
        for (EntityMention m : town) {
            assertEquals(EntityType.PLACE, m.type(), ms.toString());
            assertEquals("Kavaloni", m.name(), "a dateline's capitals are written as the story writes the town: " + ms);
        }
    }

    @Test
    void aHeadWordTypesANameThatOpensWithAGivenName() {
        List<EntityMention> ms = names.find("""
                GOLF - ELS LEADS

                LONDON 1994-10-06

                Leading scores in the Alfred Dunhill Cup on Thursday, with Ernie Els ahead.
                """);
        assertHas(ms, "Alfred Dunhill Cup", EntityType.EVENT);
        assertNotA(ms, "Alfred Dunhill Cup", EntityType.PERSON);
        assertHas(ms, "Ernie Els", EntityType.PERSON);
    }

    @Test
    void aLowerCasePlaceHeadIsNoPartOfThePlace() {
        List<EntityMention> ms = names.find("Floods along the Mekong river have killed 40 people, officials said.");
        assertHas(ms, "Mekong", EntityType.PLACE);
        assertFalse(ms.stream().anyMatch(m -> m.text().contains("river")), "river should be in no name: " + ms);
    }

    @Test
    void aDescriptorInAppositionAfterANameMakesABody() {
        List<EntityMention> ms = names.find("Tokpela , the state power utility , was steady . Vardo Hydro , Norway 's largest "
                + "industrial group , said it had bought a stake .");
        assertHas(ms, "Tokpela", EntityType.ORGANIZATION);
        assertHas(ms, "Vardo Hydro", EntityType.ORGANIZATION);
    }

    @Test
    void aPersonDescribedByHisPostStaysAPerson() {
        List<EntityMention> ms = names.find("Jane Doe , the chairman of the company , resigned . Hans Brink , a bank analyst , "
                + "said the shares were cheap .");
        assertHas(ms, "Jane Doe", EntityType.PERSON);
        assertHas(ms, "Hans Brink", EntityType.PERSON);
    }

    @Test
    void anUnknownAcronymInWireCopyIsABody() {
        List<EntityMention> ms = names.find("HARARE, Aug 25 (Reuters) - Stocks in LME warehouses rose. KEPCO was steady. "
                + "ZRP secretary-general Jan Moyo spoke to reporters.");
        assertHas(ms, "LME", EntityType.ORGANIZATION);
        assertHas(ms, "KEPCO", EntityType.ORGANIZATION);
        assertHas(ms, "ZRP", EntityType.ORGANIZATION);
        assertHas(ms, "Jan Moyo", EntityType.PERSON);
    }

    @Test
    void anAcronymOutsideWireCopyMayBeATerm() {
        List<EntityMention> ms = names.find("Please send your RFP answers to me by Friday, and ask Tom about his DUI charge.");
        assertNotA(ms, "RFP", EntityType.ORGANIZATION);
        assertNotA(ms, "DUI", EntityType.ORGANIZATION);
    }

    @Test
    void aHyphenatedFamilyNameAfterATitleIsKeptWhole() {
        List<EntityMention> ms = names.find("Secretary-General Boutros Boutros-Ghali asked the council for more troops.");
        assertHas(ms, "Boutros Boutros-Ghali", EntityType.PERSON);
        assertNotA(ms, "Boutros", EntityType.PERSON);
    }

    @Test
    void aDoubleGivenNameBeforeAnAppositionIsWhole() {
        List<EntityMention> ms = names.find("""
                Observers were turned back at the border , said Anna-Marta Voskuijlen , a spokeswoman for the mission in \
                Ruritania .
                """);
        assertHas(ms, "Anna-Marta Voskuijlen", EntityType.PERSON);
        assertNotA(ms, "Marta Voskuijlen", EntityType.PERSON);
    }
}
