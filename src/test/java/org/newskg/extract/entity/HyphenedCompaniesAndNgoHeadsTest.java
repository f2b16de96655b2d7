package org.newskg.extract.entity;

import static org.newskg.extract.entity.ShippedRecognizer.assertHas;
import static org.newskg.extract.entity.ShippedRecognizer.assertNotA;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newskg.extract.EntityMention;
import org.newskg.kb.EntityType;

/**
 * Recognition errors of the fourteenth blind wire set (wire-dev14), with the shipped model: a hyphenated company
 * before a price move or after a company cue is one name, a currency sign before the number is a price move's unit,
 * and an organization head of several words or one that is a headline label ("Watch", "Without Borders") closes a
 * run of capitalized common words, also three of them opening a sentence. Sentences written for this test; the names
 * are invented.
 */
class HyphenedCompaniesAndNgoHeadsTest {

    private static final ShippedRecognizer NAMES = new ShippedRecognizer(LocalDate.of(2004, 5, 7));

    @Test
    void aHyphenatedCompanyBeforeAPriceMoveIsOneName() {
        List<EntityMention> ms = NAMES.find("Nordvik-Kessel fell 12 pence to 245 pence in Strelsau.");
        assertHas(ms, "Nordvik-Kessel", EntityType.ORGANIZATION);
        assertNotA(ms, "Kessel", EntityType.ORGANIZATION);
    }

    @Test
    void aCurrencySignBeforeTheNumberMovesASharePrice() {
        List<EntityMention> ms = NAMES.find("Brandvik gained $ 1.50 to $ 48.75 on Thursday.");
        assertHas(ms, "Brandvik", EntityType.ORGANIZATION);
        ms = NAMES.find("Revenue rose $ 2 billion in the quarter.");
        assertNotA(ms, "Revenue", EntityType.ORGANIZATION);
    }

    @Test
    void watchAndWithoutBordersCloseAnOrganizationsName() {
        List<EntityMention> ms = NAMES.find("The report by Strelsau Press Watch was published on Friday.");
        assertHas(ms, "Strelsau Press Watch", EntityType.ORGANIZATION);
        ms = NAMES.find("Pipers Without Borders, which runs clinics near Zenda, said the camps were full.");
        assertHas(ms, "Pipers Without Borders", EntityType.ORGANIZATION);
        ms = NAMES.find("The charity, known by its French name Jardiniers Sans Frontieres, said it had treated children.");
        assertHas(ms, "Jardiniers Sans Frontieres", EntityType.ORGANIZATION);
    }

    @Test
    void threeCapitalizedWordsAndAHeadOpeningASentenceAreAName() {
        List<EntityMention> ms = NAMES.find("Prison Rights Watch said on Friday that guards had beaten inmates.");
        assertHas(ms, "Prison Rights Watch", EntityType.ORGANIZATION);
    }
}
